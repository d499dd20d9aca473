# Port Doctor — 简体中文（zh-CN）消息目录。
#
# 用户读到的每一句话都来自这里。代码为 X 的发现使用：
#   X-headline  （结论，最多 12 个词）
#   X-why       （最多两句话）
#   X-step-1 .. X-step-3  （该怎么做，按顺序编号）
#   X-ruled-out （一句话，在规则排除了这个原因时使用）
# 上面用浅白的话；技术术语放在给技术支持的证据里，不放在这里。

## 共用词语

place-this-computer = 这台电脑
place-this-computer-start = 这台电脑
status-problem = 发现问题
status-ok = 一切正常
status-cant-tell = 无法检查
status-unclear = 没有明确结论
confidence-certain = 确定
confidence-likely = 很可能
confidence-possible = 有可能
section-why = 为什么会这样
section-steps = 该怎么做
section-how = 判断依据
section-ruled-out = 已排除
section-also = 其他可能
section-helpdesk = 给技术支持的详细信息
section-commands = 手动执行相同的检查
section-understood = 我们从消息中读到的内容
report-title = Port Doctor 报告 { $id }
report-header = 报告 { $id } · { $time } · Port Doctor { $version }（{ $os }）
how-sure-certain = 确定：我们直接看到了。
how-sure-likely = 很可能：它与我们看到的一切相符，但我们没能直接看到。
how-sure-possible = 有可能：它是我们所见情况的可能解释之一。
report-target = 目标：{ $input } → { $host } 端口 { $port }
report-redacted = 这份报告没有隐藏任何内容。
# A label and its text, and a label over a list, in the plain-text report.
text-label = { $label }：{ $text }
text-heading = { $label }：
# Between the items of a list of words ("2 user names, 1 host name").
list-separator = { "、" }
# The decimal sign of numbers such as 0.3 ms.
decimal-separator = .

## 进度（检查进行时显示）

progress-resolving = 正在查找 { $host } 的地址（最多等待 { $seconds } 秒）…
progress-resolved = 已找到 { $host }：{ $addresses }
progress-probing = 正在尝试连接 { $address } 的端口 { $port }（最多等待 { $seconds } 秒）…
progress-probed = { $address }：{ $outcome }
progress-still = 仍在检查：{ $what }。有些网络要过一会儿才会响应。
progress-cancelled = 已停止。没有再检查其他内容。

## “判断依据”中的各行

row-literal = { $host } 本身就是地址，不需要查找。
row-resolved = 已找到 { $host }：{ $addresses }（{ $ms } 毫秒）。
row-not-resolved = 无法查找 { $host } 的地址。
row-open = { $address } 端口 { $port }：有程序响应（{ $ms } 毫秒）。
row-open-hung-up = { $address } 端口 { $port }：有程序响应（{ $ms } 毫秒），但随即断开了连接。
row-refused = { $address } 端口 { $port }：立即被拒绝（{ $ms } 毫秒）。
row-timeout = { $address } 端口 { $port }：{ $ms } 毫秒内没有响应。
row-unreachable = { $address } 端口 { $port }：无法访问（{ $ms } 毫秒）。
row-ping-reply = { $address } 响应了 ping（{ $ms } 毫秒）。
row-ping-none = { $address } 不响应 ping。
row-trace = 到 { $address } 的路径：{ $hops }。
progress-tracing = 正在查找发往 { $address } 的数据包在哪里中断…
row-not-here = 这类电脑无法显示{ $what }。
capability-listener-table = 哪些程序在监听哪些端口
capability-listen-queue = 有多少连接在等待程序处理
capability-queue-counters = 繁忙的程序丢弃了多少连接
capability-icmp-sender = 是哪台设备拒绝了连接
capability-trace = 数据包在途中的哪里中断
capability-firewall = 它的防火墙规则
row-local-error = { $address } 端口 { $port }：这台电脑没能发起连接（{ $ms } 毫秒）。

## 检查得出的结论

reachable-headline = { $host } 的端口 { $port } 有响应。
reachable-why = { $address } 上的一个程序在 { $ms } 毫秒内接受了连接。目前通往那里的路径是通的。
reachable-step-1 = 如果你的程序仍然出错，把它的错误信息原样粘贴到这里。
reachable-step-2 = 检查你的程序用的地址和端口是否与此相同。

dns-failure-headline = { $host } 这个名称不存在。
dns-failure-why = 域名服务器回复说，没有叫 { $host } 的电脑。这通常是拼写错误，或者这个名称只在另一个网络里有效。
dns-failure-step-1 = 检查 { $host } 的拼写。
dns-failure-step-2 = 如果这个名称只在公司网络或 VPN 上有效，先连接到那个网络。
dns-failure-step-3 = 改好名称后，再检查一次。
dns-failure-ruled-out = 已找到名称 { $host }：{ $addresses }。

dns-no-address-headline = { $host } 这个名称没有可连接的地址。
dns-no-address-why = 这个名称存在，但它没有指向这台电脑能访问的任何地址。名称的负责人可能还没有设置好。
dns-no-address-step-1 = 检查名称是否完整、正确。
dns-no-address-step-2 = 联系 { $host } 的负责人，为它添加一个地址。

dns-no-answer-headline = 这台电脑无法查找 { $host } 的地址。
dns-no-answer-why = 把名称转换成地址的服务没有及时响应。名称本身可能没问题，是查找服务出了故障或无法访问。
dns-no-answer-step-1 = 确认这台电脑已联网，然后再检查一次。
dns-no-answer-step-2 = 如果你在用 VPN，连接或断开它，然后再试一次。
dns-no-answer-step-3 = 如果问题反复出现，把这份报告发给你的技术支持人员。

dns-error-headline = 查找 { $host } 的地址失败。
dns-error-why = 这台电脑无法把这个名称转换成地址。系统提示：{ $detail }。
dns-error-step-1 = 看看名称有没有拼错，然后再检查一次。
dns-error-step-2 = 如果一直失败，把这份报告发给你的技术支持人员。

no-listener-headline = { $from_outside ->
    [yes] { $host } 的端口 { $port } 没有接受连接。
   *[no] { $host } 的端口 { $port } 上没有程序在响应。
}
no-listener-why = { $from_outside ->
    [yes] { $host_at_start } 立即拒绝了连接。可能那里没有程序在这个端口上运行，也可能是防火墙拒绝了你。从这里看，这两种情况完全一样。
   *[no] { $host_at_start } 立即回复说，端口 { $port } 上没有东西接受连接。通常是程序没有运行，或者它用的是另一个端口。
}
no-listener-step-1 = { $from_outside ->
    [yes] 在 { $host } 本机上运行 Port Doctor：在那里它能分辨是哪一种。
   *[no] 启动或重启应该在端口 { $port } 上响应的程序。
}
no-listener-step-2 = { $from_outside ->
    [yes] 确认应该在端口 { $port } 上响应的程序正在那里运行。
   *[no] 检查这个程序设置的是哪个端口。
}
no-listener-step-3 = { $this_computer ->
    [yes] 如果仍然失败，把这份报告发给负责管理这台电脑的人。
   *[no] 如果 { $host } 不归你管，把这份报告发给它的负责人。
}
no-listener-ruled-out = { $host } 的端口 { $port } 上有程序在响应。

closed-at-once-headline = { $this_computer ->
    [yes] 这台电脑的端口 { $port } 上的程序在运行，但一连上就断开了连接。
   *[no] { $host } 的端口 { $port } 上的程序在运行，但一连上就断开了连接。
}
closed-at-once-why = 已经连上了 { $address }，所以路径和端口都是通的。随后，{ $has_process ->
    [yes] 该程序（{ $process }）
   *[no] 该程序
}还没发送任何内容，就立即{ $reset ->
    [yes] 重置了连接
   *[no] 断开了连接
}。程序自己拒绝客户端时会这样做，原因可能是：访问控制列表（例如 TCP wrappers 的 hosts.allow 和 hosts.deny）、连接数达到上限（例如 sshd 的 MaxStartups）、服务过载，或者这个端口需要另一种协议（例如 TLS）。
closed-at-once-step-1 = { $this_computer ->
    [yes] 查看该程序的日志，找出它关闭连接的原因；再查看它的设置，看它允许哪些客户端、同时允许多少个。
   *[no] 让负责管理 { $host } 的人查看该程序的日志，找出它关闭连接的原因，并在设置中查看它允许哪些客户端。
}
closed-at-once-step-2 = 如果程序很忙，等一分钟后再检查一次。
closed-at-once-step-3 = 确认你的程序使用的是这个端口要求的协议（例如 https，而不是 http）。

bound-elsewhere-headline = 端口 { $port } 上的程序只接受发往 { $listen_address } 的连接。
bound-elsewhere-why = { $has_process ->
    [yes] { $process } 在端口 { $port } 上监听，但只监听 { $listen_address }，不监听 { $address }。
   *[no] 有一个程序在端口 { $port } 上监听，但只监听 { $listen_address }，不监听 { $address }。
}{ $loopback_only ->
    [yes] { $from_loopback ->
        [yes] 这两个都是这台电脑的地址，但程序只在它监听的地址上响应。
       *[no] 只有这台电脑上的程序才能访问它。
    }
   *[no] 发往这台电脑其他地址的连接都会被拒绝。
}
bound-elsewhere-step-1 = { $this_computer ->
    [yes] 改为连接 { $listen_address }。
   *[no] 如果你在同一台电脑上，改为连接 { $listen_address }。
}
bound-elsewhere-step-2 = 或者把程序设置为在所有地址上监听（0.0.0.0 或 ::），然后重启它。
bound-elsewhere-step-3 = 修改后再检查一次。

wrong-port-headline = { $has_service ->
    [yes] { $service } 正在运行，但用的是端口 { $other_port }，不是 { $port }。
   *[no] 端口 { $port } 上没有响应，但端口 { $other_port } 上有程序在响应。
}
wrong-port-why = { $has_service ->
    [yes] { $process } 在这台电脑的端口 { $other_port } 上监听。你的程序却在端口 { $port } 上找它，而那里没有程序监听。
   *[no] { $has_process ->
        [yes] { $process } 在端口 { $other_port } 上监听，这个端口和你要找的很接近。
       *[no] 有一个程序在端口 { $other_port } 上监听，这个端口和你要找的很接近。
    }也许它就是你要找的程序，只是设成了另一个端口。
}
wrong-port-step-1 = 如果端口 { $other_port } 是对的，就在你的程序里改用它。
wrong-port-step-2 = 或者把那个程序设置为使用端口 { $port }，然后重启它。
wrong-port-step-3 = 修改后再检查一次。

service-not-running-headline = { $service } 没有在 { $host } 上运行。
service-not-running-why = 端口 { $port } 上没有程序监听，也没有任何 { $service } 程序在运行。它可能已经停止、启动失败，或者没有安装在这里。
service-not-running-step-1 = 启动 { $service }（作为服务启动，或者手动启动）。
service-not-running-step-2 = 如果它马上又停止了，查看它的日志：原因通常写在那里。
service-not-running-step-3 = 它运行起来后，再检查一次。

port-taken-headline = { $has_process ->
    [yes] { $has_service ->
        [yes] 占用端口 { $port } 的是 { $process }，而不是 { $service }。
       *[no] 端口 { $port } 被 { $process } 占用。
    }
   *[no] 另一个程序占用了端口 { $port }，但没有在上面响应。
}
port-taken-why = { $has_process ->
    [yes] 端口 { $port } 正被 { $process }{ $has_pid ->
        [yes] {" "}(PID { $pid })
       *[no] {""}
    } 占用。只要它还占着，{ $has_service ->
        [yes] { $service }
       *[no] 其他程序
    } 就无法使用这个端口：要么启动失败，要么在别的端口响应。
   *[no] 这台电脑上有程序打开了端口 { $port }，但不在上面接受连接。需要这个端口的服务器程序无法启动。
}
port-taken-step-1 = { $has_process ->
    [yes] 停止 { $process }，或者把两个程序中的一个改用其他端口。
   *[no] 找到并停止占用端口 { $port } 的程序，或者改用其他端口。
}
port-taken-step-2 = 然后启动你需要的程序，再检查一次。

privileged-port-headline = 在这里，没有管理员权限的程序无法打开端口 { $port }。
privileged-port-why = 在这台电脑上，低于 { $threshold } 的端口只留给管理员使用。普通用户启动的程序不能在这些端口上监听，所以它可能启动失败了。
privileged-port-step-1 = 给这个程序使用 { $threshold } 或更高的端口。
privileged-port-step-2 = 或者用它需要的权限启动它（例如作为系统服务）。

reserved-port-range-headline = Windows 已为自己保留了端口 { $port }。
reserved-port-range-why = 端口 { $range_start } 到 { $range_end } 被 Windows 保留（通常用于 Hyper-V、WSL 或 Docker）。任何程序都不能打开它们。
reserved-port-range-step-1 = 给这个程序使用 { $range_start }–{ $range_end } 范围以外的端口。
reserved-port-range-step-2 = 或者让管理员修改保留的端口范围（用 netsh int ipv4 show excludedportrange protocol=tcp 可以列出这些范围）。

needs-admin-headline = 有些详细信息需要管理员权限才能查看。
needs-admin-why = { $count ->
   *[other] 有 { $count } 个端口被其他用户的程序使用，所以我们看不到具体是什么程序。
}上面的结论不受影响，但管理员能看到更多内容。
needs-admin-step-1 = 以管理员身份重新运行 Port Doctor，就能看到所有程序。

backlog-overflow-headline = { $has_process ->
    [yes] 端口 { $port } 上的 { $process } 太忙，无法接受新连接。
   *[no] 端口 { $port } 上的程序太忙，无法接受新连接。
}
backlog-overflow-why = 有 { $waiting } 个连接在排队，而它只能容纳 { $backlog } 个，所以新的连接被丢弃了。对方只能一直等待，最后放弃，就像那里什么都没有一样。
backlog-overflow-step-1 = 检查这个程序：它可能卡住了，或者处理速度跟不上。重启它可以清空排队的连接。
backlog-overflow-step-2 = { $has_somaxconn ->
    [yes] 如果它只是非常忙，调高它的等待队列（backlog）设置，这个系统最多允许 { $somaxconn }。
   *[no] 如果它只是非常忙，调高它的等待队列（backlog）设置。
}
backlog-overflow-step-3 = 之后再检查一次。

ipv6-ipv4-mismatch-headline = 端口 { $port } 只在 { $host } 的其中一个地址上响应。
ipv6-ipv4-mismatch-why = { $host_at_start } 有两种地址。它在 { $works_address } 上响应，但在 { $fails_address } 上不响应，而有些程序只会尝试后者。
ipv6-ipv4-mismatch-step-1 = 使用能连通的地址：{ $works_address }。
ipv6-ipv4-mismatch-step-2 = 或者把 { $host } 上的程序设置为在两种地址上都监听。
ipv6-ipv4-mismatch-step-3 = 修改后再检查一次。

some-addresses-fail-headline = { $host } 的 { $total } 个地址中，有 { $failed } 个在端口 { $port } 上没有响应。
some-addresses-fail-why = { $host_at_start } 有多个地址。有的响应，有的不响应，所以程序可能这次能用，下次就失败。
some-addresses-fail-step-1 = 告诉 { $host } 的负责人：{ $fails_address } 没有响应。
some-addresses-fail-step-2 = 在修好之前，先使用能连通的地址。

timeout-headline = { $host_at_start } 的端口 { $port } 没有响应。
timeout-why = 在 { $seconds } 秒内没有收到任何回应。{ $ping ->
    [replied] { $host_at_start } 能响应 ping，说明它是开着的：有东西丢弃了发往端口 { $port } 的连接，通常是防火墙。
    [silent] { $host_at_start } 也不响应 ping：它可能已关机或无法访问，或者防火墙丢弃了所有连接。
   *[other] 通常是防火墙悄悄丢弃了连接，或者电脑已关机或太忙。
}
timeout-step-1 = { $ping ->
    [replied] 问问 { $host } 的负责人，防火墙是否阻止了端口 { $port }。
   *[other] 确认 { $host } 已开机并已联网。
}
timeout-step-2 = { $ping ->
    [replied] 让他们确认端口 { $port } 上的程序正在运行，而且没有过载。
   *[other] 问问 { $host } 的负责人，防火墙是否阻止了端口 { $port }。
}
timeout-step-3 = 再检查一次；如果仍然失败，发送这份报告。
timeout-ruled-out = { $host_at_start } 很快就响应了，所以途中没有东西在悄悄拦截它。

firewall-reject-headline = 防火墙拒绝了到端口 { $port } 的连接。
firewall-reject-why = { $sender_where ->
    [target] { $host_at_start } 自己发回了一条消息，阻止访问端口 { $port }。
    [path] 途中的一台设备（{ $sender }）发回了一条消息，阻止访问端口 { $port }。
    [this-computer] 这台电脑上的防火墙在连接发出之前就阻止了它。
    [rule-target] { $host } 上的防火墙有一条规则，会拒绝到端口 { $port } 的连接。
    [rule-here] 这台电脑上的防火墙有一条规则，会阻止到端口 { $port } 的连接。
   *[unknown] 连接在到达 { $host } 上的程序之前就被阻止了。
}{ $sender_where ->
    [rule-target] 从外面看，这和“没有程序在监听”一模一样。
    [rule-here] 连接根本没有离开这台电脑。
   *[other] 正常工作的程序不会这样回应，所以通常是防火墙规则造成的。
}
firewall-reject-step-1 = 让 { $host } 的负责人允许端口 { $port } 通过防火墙。
firewall-reject-step-2 = { $sender_where ->
    [rule-target] 发送这份报告：里面写明了是哪条规则。
    [rule-here] 发送这份报告：里面写明了是哪条规则。
   *[other] 发送这份报告：里面写明了是谁发回了阻止消息。
}
firewall-reject-step-3 = 规则修改后，再检查一次。

firewall-drop-headline = 防火墙悄悄丢弃了到端口 { $port } 的连接。
firewall-drop-why = { $place ->
    [path] 发往 { $host } 的数据包能到达 { $last_hop }（{ $last_ttl ->
       *[other] 途中的第 { $last_ttl } 台设备
    }），之后就没有任何回应了。很可能是 { $last_hop } 或它之后的防火墙丢弃了这些数据包。
    [target] { $by_policy ->
        [yes] { $host } 上的防火墙会丢弃所有未被允许的连接，而端口 { $port } 没有被允许。
       *[no] { $host } 上的防火墙有一条规则，会直接丢弃到端口 { $port } 的连接，不作任何回应。
    }
   *[other] { $by_policy ->
        [yes] 这台电脑上的防火墙会丢弃所有未被允许的连接，而端口 { $port } 没有被允许。
       *[no] 这台电脑上的防火墙有一条规则，会在到端口 { $port } 的连接发出之前就把它丢弃。
    }
}你的程序一直在等一个不会到来的回应，最后只能放弃。
firewall-drop-step-1 = 让 { $host } 的管理员允许端口 { $port } 通过防火墙。
firewall-drop-step-2 = { $place ->
    [path] 发送这份报告：里面显示了数据包在哪里中断。
   *[other] 发送这份报告：里面写明了是哪条规则。
}
firewall-drop-step-3 = 修改后再检查一次。
firewall-drop-ruled-out = { $place ->
    [both] 这台电脑上没有阻止端口 { $port } 的防火墙规则。
   *[other] 这台电脑上没有防火墙规则阻止到端口 { $port } 的连接。
}

firewall-not-read-headline = 无法读取防火墙规则。
firewall-not-read-why = { $unavailable ->
    [yes] 这台计算机上的防火墙没有回应我们的查询（管理员权限也改变不了），所以我们无法检查是否有规则阻止了端口 { $port }。
   *[no] 读取防火墙需要管理员权限，所以我们无法检查是否有规则阻止了端口 { $port }。
}
firewall-not-read-step-1 = { $unavailable ->
    [yes] 如仍想查看规则，请运行：{ $command }
   *[no] 以管理员身份运行 Port Doctor，或者让管理员运行：{ $command }
}

icmp-blocked-but-tcp-fine-headline = { $address } 不响应 ping，但它的端口有响应。
icmp-blocked-but-tcp-fine-why = 很多电脑都设置为不响应 ping。这很正常，也不是连接失败的原因。
icmp-blocked-but-tcp-fine-step-1 = 不要靠 ping 来测试这台电脑，改为检查它的端口。

host-unreachable-headline = { $no_neighbour ->
    [yes] { $host_at_start } 现在不在网络上：这个地址没有任何设备响应。
   *[no] 从这台电脑无法访问 { $host_at_start }。
}
host-unreachable-why = { $no_neighbour ->
    [yes] { $host } 就在这台电脑所在的网络里。这台电脑询问了谁在使用这个地址，但没有设备回答。那台电脑可能已关机、没接网线、处于睡眠状态，或者现在换了地址。
   *[no] { $has_sender ->
        [yes] 途中的一台设备（{ $sender }）表示无法把任何数据送到 { $host }。
       *[no] 这台电脑找不到把数据送到 { $host } 的路径。
    }那台电脑可能已关机、已断网，或者在一个你没有连接的网络上。
}
host-unreachable-step-1 = { $no_neighbour ->
    [yes] 确认使用 { $host } 的那台电脑已开机并接入网络，而且它的地址仍然是 { $host }。
   *[no] 确认 { $host } 已开机并已联网。
}
host-unreachable-step-2 = 如果它在另一个网络上，先连接到那个网络或 VPN。
host-unreachable-step-3 = 再检查一次；如果仍然失败，发送这份报告。
host-unreachable-ruled-out = { $host_at_start } 可以访问：它有响应。

network-unreachable-headline = 这台电脑无法访问 { $host } 所在的网络。
network-unreachable-why = { $has_sender ->
    [yes] 途中的一台设备（{ $sender }）表示它没有通往那个网络的路由。
   *[no] 这台电脑没有通往那个网络的路由。
}你可能没有联网，或者这个地址属于一个你没有连接的网络。
network-unreachable-step-1 = 确认这台电脑已联网。
network-unreachable-step-2 = 如果这个地址在公司网络上，先连接公司的 VPN。
network-unreachable-step-3 = 连接后再检查一次。

no-route-here-headline = 这台电脑无法向 { $host } 发送任何数据。
no-route-here-why = 没有任何数据离开这台电脑：它自己的网络设置里没有通往 { $address } 的路由。问题出在这台电脑上，不在 { $host }。
no-route-here-step-1 = 确认这台电脑已联网（无线网络或网线）。
no-route-here-step-2 = 如果 { $host } 在公司网络上，先连接公司的 VPN。
no-route-here-step-3 = 如果仍然失败，把这份报告发给你的技术支持人员：里面有路由信息。

local-error-headline = 这台电脑无法发起到 { $host } 的连接。
local-error-why = { $reason ->
    [no-free-port] 这台电脑已经没有可用于新连接的空闲端口了。
    [too-many-files] 这个程序打开的文件和连接太多了。
    [permission] 这台电脑上有东西不允许这个连接。
   *[other] 这台电脑上有东西在连接发出之前就阻止了它。
}问题出在这台电脑上，不在 { $host }。
local-error-step-1 = 关闭不需要的程序，然后再检查一次。
local-error-step-2 = 如果问题反复出现，重启这台电脑。
local-error-step-3 = 如果仍然失败，把这份报告发给你的技术支持人员。

## 粘贴的消息得出的结论（不使用网络）

message-refused-headline = { $has_host ->
    [yes] { $host } 拒绝了{ $has_port ->
        [yes] 端口 { $port } 上的
       *[no] {""}
    }连接。
   *[no] 对方电脑拒绝了连接。
}
message-refused-why = 这说明已经连到了那台电脑，但没有程序接受这个连接。通常是程序没有运行、用的是另一个端口，或者被防火墙拒绝了。
message-refused-step-1 = 运行完整检查，找出是哪一种情况。
message-refused-step-2 = 确认你要访问的程序正在运行。

message-timeout-headline = { $has_host ->
    [yes] { $host } 没有及时响应。
   *[no] 对方电脑没有及时响应。
}
message-timeout-why = 在你的程序放弃之前，没有收到任何回应。通常是防火墙悄悄丢弃了连接，或者那台电脑已关机或无法访问。
message-timeout-step-1 = 运行完整检查，看看连接在哪里中断。
message-timeout-step-2 = 确认那台电脑已开机，并且你连接的是正确的网络或 VPN。

message-unreachable-headline = { $has_host ->
    [yes] 无法访问 { $host }。
   *[no] 无法访问对方电脑。
}
message-unreachable-why = 找不到能把数据送到那台电脑的路径。它可能已关机，或者在一个你没有连接的网络上。
message-unreachable-step-1 = 确认你连接的是正确的网络或 VPN。
message-unreachable-step-2 = 运行完整检查，看看连接在哪里中断。

message-dns-headline = { $has_host ->
    [yes] 找不到名称 { $host }。
   *[no] 找不到某个电脑名称。
}
message-dns-why = 你的程序无法把这个名称转换成地址。通常是名称拼错了，或者它只在另一个网络上有效。
message-dns-step-1 = 检查名称的拼写。
message-dns-step-2 = 如果这是内部名称，先连接公司网络或 VPN。

message-reset-headline = { $has_host ->
    [yes] { $host } 切断了连接。
   *[no] 对方电脑切断了连接。
}
message-reset-why = 连接已经建立，随后被对方突然关闭。程序崩溃、代理或安全设备常常会造成这种情况。
message-reset-step-1 = 再试一次；如果每次都这样，把这份报告发给服务器的负责人。
message-reset-step-2 = 检查连接途中是否经过代理或 VPN。

message-tls-headline = 无法建立{ $has_host ->
    [yes] 到 { $host } 的
   *[no] {""}
}安全连接。
message-tls-why = 已经连到了那台电脑，但双方无法就安全连接达成一致。通常是证书过期或不正确，或者有设备在检查网络流量。
message-tls-step-1 = 确认这台电脑上的日期和时间正确。
message-tls-step-2 = 把这份报告发给服务器的负责人。

unix-socket-headline = { $client ->
    [docker] Docker 服务没有运行，或者无法访问。
   *[other] 你的程序要用的本地服务没有运行。
}
unix-socket-why = 你的程序通过一个特殊文件{ $socket ->
    [none] {""}
   *[other] （{ $socket }）
}与同一台电脑上的服务通信。这个文件不存在，或者没有程序在上面响应，通常说明这个服务已经停止。
unix-socket-step-1 = { $client ->
    [docker] 启动 Docker（Docker Desktop 或 docker 服务）。
    [postgresql] 启动 PostgreSQL 服务。
    [mysql] 启动 MySQL 服务。
   *[other] 启动你的程序需要的服务。
}
unix-socket-step-2 = 确认你的用户账户有权使用它。

localhost-ipv6-first-headline = { $has_works_address ->
    [yes] 端口 { $port } 上的程序在 { $works_address } 上监听，但连接发往了 ::1。
   *[no] 服务器可能只在一种本地地址上监听。
}
localhost-ipv6-first-why = { $has_works_address ->
    [yes] localhost 这个名称代表这台电脑的两个地址：::1（较新的一种）和 127.0.0.1。{ $has_process ->
        [yes] { $process } 只在 { $works_address } 上监听
       *[no] 该程序只在 { $works_address } 上监听
    }，而你的程序尝试的是 ::1，那里没有程序监听。
   *[no] 你的程序先尝试了较新的本地地址 ::1。很多开发用的服务器只在 127.0.0.1 上监听，所以在 ::1 上找不到它们。
}
localhost-ipv6-first-step-1 = { $has_works_address ->
    [yes] 改为连接 { $works_address }，而不是 localhost。
   *[no] 改为连接 127.0.0.1，而不是 localhost。
}
localhost-ipv6-first-step-2 = 或者让服务器启动时在两种地址上都监听。

message-unrecognized-headline = 这段文字里没有找到连接错误。
message-unrecognized-why = 这段文字看起来不像程序连接失败时的错误信息。粘贴完整的错误信息，或者输入你要访问的地址。
message-unrecognized-step-1 = 复制完整的错误信息，包括其中的地址和端口。
message-unrecognized-step-2 = 或者输入地址，例如 db1.example.com:5432。
message-host-unset-headline = 没有告诉你的程序要连接哪台计算机。
message-host-unset-why = 它试图连接一台名为“{ $word }”的计算机。当某个设置没有值时，程序就会写出这个词：填写服务器名称或地址的那个设置缺失、为空或拼错了。
message-host-unset-step-1 = 找到指定服务器的那个设置（常在 .env 文件或配置文件里，例如 DB_HOST 或 REDIS_URL），填上服务器的名称或地址。
message-host-unset-step-2 = 在程序读取这个设置的地方重新启动它：同一个文件夹，或设置了这个变量的同一个窗口。

## 输入内容中的错误

target-error-empty = 输入你要访问的地址，例如 db1.example.com:5432。
target-error-too-long = 这段文字有 { $length } 个字符。地址要短得多；只粘贴地址或错误信息即可。
target-error-control-character = 这段文字的第 { $position } 个字符是一个看不见的控制字符。重新输入地址。
target-error-spaces = 地址里没有空格。可以写成 db1.example.com:5432，或者“db1 postgres”。
target-error-missing-port = 加上端口号，例如 { $host }:443。
target-error-port-zero = 端口 0 无法使用。端口号的范围是 1 到 65535。
target-error-port-out-of-range = 端口 { $port } 不存在。端口号的范围是 1 到 65535。
target-error-bad-port = “{ $port }”不是端口号，也不是我们认识的服务名。端口可以写成 5432 或 postgres 这样。
target-error-empty-host = 缺少电脑名称。可以写成 db1.example.com:5432 这样。
target-error-invalid-ipv4 = { $host } 不是有效的地址。四个数字都必须在 0 到 255 之间。
target-error-invalid-ipv6 = { $host } 不是有效的地址。检查一下，并把它写在方括号里，后面加上端口，例如 [2001:db8::1]:443。
target-error-leading-dash = “{ $host }”不是电脑名称：名称的任何部分都不能以短横线开头。
target-error-bad-host-character = 电脑名称不能包含“{ $character }”。只能使用字母、数字、点和短横线。
target-error-host-too-long = 这个电脑名称太长了，不可能是真实的。检查一下。
target-error-unknown-scheme = 我们不知道“{ $scheme }”的默认端口。加上端口，例如 { $scheme }://host:1234。

text-error-empty = 粘贴你看到的错误信息。
text-error-too-long = 这段文字太长了。只粘贴包含错误的那几行。
text-error-unreadable = 无法读取这段文字：{ $detail }。

duration-error = “{ $value }”不是一段时长。可以写成 5s、500ms 或 2m。

## 命令行消息

cli-cancelled = 检查还没完成就停止了。
cli-internal-error = Port Doctor 无法完成：{ $detail }。
cli-report-unreadable = 无法打开报告 { $file }：{ $detail }。
cli-save-failed = 无法把报告保存到 { $file }：{ $detail }。
io-not-found = 没有这个文件或文件夹
io-permission-denied = 这个账户无权这样做
io-already-exists = 这个名字已经有了
io-is-a-directory = 这是文件夹，不是文件
io-not-a-directory = 路径中有一部分是文件，不是文件夹
io-read-only = 磁盘是只读的
io-storage-full = 磁盘已满
io-invalid-data = 这不是 Port Doctor 能读的文本
io-timed-out = 用时太长
io-in-use = 另一个程序已经在用这个地址和端口
io-not-available = 这台电脑没有这个地址
io-interrupted = 被中断了
io-unexpected-eof = 提前结束了

## 测试监听器

listen-started = 测试监听器已在端口 { $port } 上打开，持续 { $seconds } 秒。在另一台电脑上，用这台电脑的地址和端口 { $port } 进行检查。按 Ctrl-C 停止。
listen-greeting = Port Doctor 测试监听器，端口 { $port }：你已连到这台电脑，说明网络路径是通的。
listen-connection = 收到来自 { $peer } 的连接，已向它发送问候。
listen-closed = 测试监听器已关闭，共收到 { $count ->
   *[other] { $count } 个连接
}。
listen-error-in-use = 端口 { $port } 已被另一个程序占用，所以测试监听器无法打开它。
listen-error-in-use-by = 端口 { $port } 已被 { $owner } 占用，所以测试监听器无法打开它。
listen-error-permission = 在这台电脑上，只有管理员才能打开端口 { $port }（低于 { $threshold } 的端口）。选择 { $threshold } 或更高的端口，或者以管理员身份运行。
listen-error-not-local = 这个地址不属于这台电脑。
listen-error-address = “{ $address }”不是这台电脑的地址。可以用 127.0.0.1 或 ::1 这样的地址。
listen-error-other = 测试监听器无法打开端口 { $port }：{ $detail }。
listen-error-low-port = 端口 { $port } 低于 { $lowest }：从浏览器页面只能在 { $lowest } 及以上的端口打开测试监听器。要打开更低的端口，用 portdoctor serve --allow-privileged-ports 启动 Port Doctor，或者使用 portdoctor listen { $port }。
listen-error-too-many = { $count ->
   *[other] 已经打开了 { $count } 个测试监听器。先关闭一个。
}

## 一次连接尝试的结果

outcome-open = 有响应
outcome-refused = 被拒绝
outcome-timeout = 没有响应
outcome-unreachable = 无法访问
outcome-local_error = 无法尝试

## portdoctor listeners

listeners-none = 这台电脑上没有程序在监听连接。
listeners-none-on-port = 这台电脑的端口 { $port } 上没有程序在监听。
listeners-limited = 列表可能不完整：{ $detail }。
listeners-unknown-program = 用户 { $user } 的一个程序
listeners-program-pid = PID 为 { $pid } 的程序
listeners-owner-unknown = 系统未说明是哪个程序
listeners-owner-hidden = 我们无权查看的程序
listeners-reach-local = 可访问范围：仅这台电脑
listeners-reach-network = 可访问范围：网络
listeners-reach-address = 可访问地址：仅 { $address }
listeners-queue = 排队中：{ $waiting } 个，上限 { $backlog } 个
listeners-hidden = { $count ->
   *[other] 有 { $count } 个程序被隐藏：只有管理员才能看到其他用户的程序。以管理员身份运行即可看到。
}
listeners-hidden-admin = { $count ->
   *[other] 有 { $count } 个程序无法识别，因为运行在这个系统能显示的范围之外（例如在另一个容器里）。
}
listeners-unknown = { $count ->
   *[other] 系统没有说明是哪个程序占用了其中 { $count } 个端口；即使有管理员权限也看不到。
}
service-error-unknown = 我们不知道叫“{ $service }”的服务。试试 postgres、mysql、redis、ssh 或 https 这样的名称。

## 输入框读到的内容（随输入显示）

understood-target = 检查 { $host } 的端口 { $port }。
understood-message = 一条错误信息：{ $failure }。
understood-message-target = 一条错误信息：{ $failure }，目标是 { $host } 的端口 { $port }。
understood-nothing = 这看起来既不像地址，也不像错误信息。输入地址（例如 db1.example.com:5432），或者粘贴你看到的错误信息。
understood-no-target = 这条消息没有说明尝试连接的是哪台电脑、哪个端口，所以没有可检查的内容。改为输入地址。
failure-refused = 连接被拒绝
failure-timeout = 没有及时响应
failure-unreachable = 无法访问那台电脑
failure-dns = 找不到这个名称
failure-reset = 连接被切断
failure-unix_socket = 某个本地服务没有运行
failure-tls = 安全连接失败
failure-other = 没有给出原因

## 打开或保存的报告

report-error-unreadable = 这个文件不是我们能读取的 Port Doctor 报告：{ $detail }。
report-error-too-large = 这个文件太大，不可能是 Port Doctor 报告。
report-error-format = “{ $format }”不是报告格式。可以用 text、markdown 或 json。

## 浏览器模式（portdoctor serve）

serve-started = Port Doctor 已就绪：{ $url }
serve-how = 在这台电脑的浏览器中打开这个地址。如果通过 SSH 连接，先转发端口：ssh -L { $port }:127.0.0.1:{ $port } 服务器地址，然后在你自己的电脑上打开这个地址。按 Ctrl-C 停止。
serve-error-bind = Port Doctor 无法为浏览器页面打开端口 { $port }：{ $detail }。
serve-error-forbidden = 这个地址只响应 Port Doctor 自己的页面，而且要用 Port Doctor 显示的地址打开。
serve-error-not-found = 这个地址上什么都没有。
ui-stopped-found = 停止之前，检查发现了以下内容：
ui-server-error = 收到的回应不是 Port Doctor 的服务器发出的（状态 { $status }）。portdoctor serve 还在运行吗？
ui-no-token = 打开这个页面时没有带上它的密钥，所以无法进行任何检查。打开 portdoctor serve 显示的地址：它以 ?token= 和一长串数字结尾。
serve-error-bad-request = 无法读取这个请求：{ $detail }。
serve-error-too-large = 这个请求对 Port Doctor 来说太大了。报告文件最大为 4 MB。
serve-error-body = 请求还没完全收到就中断了。
serve-error-busy = Port Doctor 已经在运行浏览器页面发起的 { $count } 项检查。等其中一项完成后再试。
serve-error-code = 这个链接已经打开过，或者已经过期。打开 Port Doctor 在终端中显示的地址。
serve-opened = 浏览器页面已通过一次性链接打开；这个链接现在已失效。
serve-no-ui = 这个版本的 Port Doctor 没有内置浏览器页面。用 scripts/run.sh 构建它，或者使用命令行。

## 向导

# 每个界面都有的
ui-app-name = Port Doctor
language-name = 简体中文
ui-language = 语言
ui-save-filter = Port Doctor 报告（{ $ext }）
ui-save-title = 保存报告
ui-new-check = 检查其他目标
ui-copy = 复制
ui-copy-command = 复制命令 { $command }
ui-copied-command = 已复制：{ $command }
ui-copy-failed = 这里无法复制。选中文字后手动复制。

# 界面 1：你想连接什么？
ui-input-heading = 你刚才想连接什么？
ui-input-hint = 输入地址（例如 db1.example.com:5432）或网址，或者粘贴你看到的错误信息。
ui-input-keys = 按 Enter 开始。如果消息有多行，按 Ctrl+Enter。
ui-check = 检查
ui-explain = 解读消息
ui-open-report = 打开报告
ui-open-report-hint = 别人用 Port Doctor 保存的报告。不会运行其中的任何内容。

# 界面 2：正在检查
ui-running-heading = 正在检查 { $target }
ui-running-heading-plain = 正在检查
ui-steps-label = 目前的检查
ui-step-running = 检查中
ui-step-ok = 正常
ui-step-problem = 有问题
ui-step-info = 已记录
ui-step-waiting = 正在开始检查…
ui-still-resolve = 名称
ui-still-probe = { $address }
ui-still-trace = 到 { $address } 的路径
ui-still-other = 连接
ui-cancel = 停止
ui-cancel-keys = 按 Esc 停止。

# 界面 3：结论
ui-status-fixed = 已修复
ui-status-not-fixed = 未修复
ui-no-answer = 检查没有发现需要报告的内容。
ui-explained-note = 我们只读取了这条消息，还没有在网络上做任何检查。
ui-opened-label = 已打开的报告
ui-opened-note = 来自文件 { $file }，于 { $time } 在 { $os } 上生成。
ui-opened-safe = 它显示的是那台电脑看到的情况。其中的任何内容都没有在这里运行。
ui-opened-when = 生成时间：你的当地时间 { $local }（{ $utc }）。
ui-opened-typed = 对方要检查的内容：
ui-opened-pasted = 对方粘贴的消息：
ui-opened-earlier = 对方在此之前做过的检查：
ui-path-computer-theirs = 对方的电脑
ui-ask-port = 你在 { $host } 上尝试的是哪个端口？
ui-ask-port-hint = 看看你打开的地址：冒号后面的数字就是端口，例如 localhost:3000。如果没有数字，网页会使用 80（http）或 443（https）。
ui-ask-port-check = 检查这个端口
ui-ask-port-invalid = 输入 1 到 65535 之间的端口号。
ui-status-way-works = 到这个端口的路径是通的；你的程序没有运行
ui-compare-fixed = 上次检查发现的问题已经解决。
ui-compare-not-fixed = 新的检查发现了同样的问题。
ui-compare-changed = 之前的问题已经解决，但现在有别的地方出了问题。
ui-compare-broke = 上次检查时还正常，现在却失败了。
ui-compare-still-fine = 和上次检查时一样，仍然正常。
ui-compare-test-listener = 响应的是 Port Doctor 的测试监听器，而不是你自己的程序。到这个端口的路径是通的。
ui-recheck-failed = 新的检查没能完成，所以这里显示的仍是上次的结论。{ $message }
ui-recheck-cancelled = 新的检查已停止，所以这里显示的仍是上次的结论。
ui-action-check-again = 重新检查
ui-action-run-check = 运行完整检查
ui-action-open-test-listener = 在端口 { $port } 上打开测试监听器
ui-action-copy-admin-command = 复制给管理员的命令
ui-action-copy-admin-command-os = 复制给管理员的命令（{ $os }）
ui-action-send-report = 发送这份报告
ui-action-copy-address = 复制 { $address }
ui-listener-open = 测试监听器已在端口 { $port } 上打开，持续 { $minutes } 分钟。
ui-listener-how = 在另一台电脑上，连接这台电脑的端口 { $port }。它会回复这一行：
ui-listener-stop = 停止端口 { $port } 上的测试监听器
ui-listener-closed = 端口 { $port } 上的测试监听器已关闭。
section-couldnt = 我们无法检查的内容

# 路径示意图
ui-path-heading = 到 { $host } 的路径
ui-path-heading-plain = 到程序的路径
ui-path-computer = 这台电脑
ui-path-network = 网络
ui-path-firewall = 防火墙
ui-path-server = 服务器
ui-path-program = 程序
ui-path-port = 端口 { $port }
ui-path-ok = 正常
ui-path-problem = 问题在这里
ui-path-probable = 可能在这里
ui-path-unknown = 未知
ui-path-not-reached = 未到达
ui-path-unplaced = 图中无法标出这个问题的位置。上面的结论说明了我们发现的情况。

# “判断依据”中的各行
ui-mark-ok = 正常
ui-mark-problem = 有问题
ui-mark-info = 提示
ui-mark-cant = 未检查
ui-mark-ruled-out = 已排除
row-listener = { $process } 在 { $address } 的端口 { $port } 上监听。
row-listener-unknown = 有一个程序在 { $address } 的端口 { $port } 上监听。
row-firewall-clear = 这台电脑的防火墙没有与端口 { $port } 有关的规则。
row-firewall-rules = { $count ->
   *[other] 这台电脑的防火墙有 { $count } 条与端口 { $port } 有关的规则。
}
row-firewall-limited = 防火墙有一部分无法读取：{ $detail }。
row-ping-not-possible = 无法从这台电脑尝试 ping。
row-trace-limited = 无法追踪路径：{ $detail }。
row-service-running = { $service } 正在运行：{ $programs }。
row-service-stopped = 这台电脑上没有 { $service } 程序在运行。
row-bind-free = 程序可以在这台电脑上打开端口 { $port }。
row-bind-in-use = 这台电脑上的端口 { $port } 已被一个程序占用。
row-bind-denied = 在这台电脑上，只有管理员才能打开端口 { $port }。
row-bind-reserved = Windows 为自己保留了端口 { $port }。
row-queue-dropped = { $count ->
   *[other] 检查期间，有 { $count } 个连接因为程序太忙而被丢弃。
}
read-client = 程序：{ $client }
read-failure = 发生的情况：{ $failure }
read-host = 电脑：{ $host }
read-port = 端口：{ $port }
read-port-implied = 端口：{ $port }（常用端口，消息中没有写）
read-code = 消息中的代码：{ $code }
read-socket = 本地文件：{ $path }

# 给技术支持的详细信息
ui-helpdesk-evidence = 我们看到的情况
ui-helpdesk-id = 报告编号：{ $id }
helpdesk-run = 检查环境：{ $os }，{ $admin ->
    [yes] 有管理员权限
   *[no] 没有管理员权限
}；每一步最多用时 { $seconds } 秒。
os-unix = Linux 和 macOS
os-linux = Linux
os-macos = macOS
os-windows = Windows
os-any = 任意系统
os-other = 其他系统
section-origin = 这份报告的来源
section-data = 报告数据
report-data-note = Port Doctor 也能打开这个文件：它会用阅读者的语言显示报告。其中的任何内容都不会被运行。
origin-checked = 于 { $time } 在一台 { $os } 电脑上检查，{ $admin ->
    [yes] 使用了管理员权限。
   *[no] 没有使用管理员权限。
}
origin-read = 于 { $time } 在一台 { $os } 电脑上读取的消息；没有做任何检查。
origin-tried-typed = 对方要检查的内容：{ $tried }
origin-tried-pasted = 对方粘贴的消息：{ $tried }
origin-newer = 这份报告由较新版本的 Port Doctor 生成（{ $version }，报告格式 { $format }）。当前版本（{ $ours }）只显示它能识别的部分；更新 Port Doctor 即可查看全部内容。
origin-newer-holds = 这份报告由较新版本的 Port Doctor 生成（{ $version }，报告格式 { $format }）。当前版本（{ $ours }）无法显示全部内容：{ $what }。更新 Port Doctor 即可查看全部内容。
origin-unknown-holds = 这份报告包含当前版本 Port Doctor（{ $ours }）无法显示的内容：{ $what }。
origin-earlier = 之前于 { $time } 检查过：{ $status }（{ $code }）。
origin-language = 对方使用的语言：{ $language }

# 分享
ui-share-heading = 分享这份报告
ui-share-intro = 复制摘要，或者保存报告，再把文件发给帮助你的人。编号用来指明报告，方便你们确认说的是同一份：单凭编号打不开任何内容，文件要一起发送。
ui-report-id = 报告编号
ui-copy-summary = 复制摘要
ui-copied-summary = 摘要已复制。把它粘贴到邮件、聊天或工单中。
ui-save-json = 保存报告文件
ui-save-markdown = 保存为工单格式
ui-saved = 已保存为 { $name }。
ui-save-failed = 无法保存报告。{ $message }
ui-contains-heading = 报告包含的内容
contains-target = 你输入的内容，以及它对应的地址。
contains-message = 我们读到的错误信息：程序、电脑、端口和代码。
contains-checks = 每项检查的结果，以及所用的时间。
contains-listeners = 这台电脑上监听连接的程序，以及它们的用户名。
contains-listeners-hidden = 这台电脑上监听连接的程序。它们的用户名已隐藏，root 等系统账户除外。
contains-firewall = 这台电脑针对该端口的防火墙规则。
contains-answer = 结论，以及已排除的原因。
contains-system = 系统类型和 Port Doctor 的版本。
contains-rights = 检查时是否使用了管理员权限。

## macOS 隐身模式

stealth-mode-headline = 这台 Mac 处于隐身模式：其他电脑完全收不到回应。
stealth-mode-why = 在隐身模式下，如果没有程序接受连接，Mac 会保持沉默。其他电脑只能一直等待，最后放弃，而不是立即得知“这里什么都没有”。
stealth-mode-step-1 = 从别处检查这台 Mac 时，结果会是超时，而不是被拒绝。
stealth-mode-step-2 = 管理员可以在“系统设置”>“网络”>“防火墙”>“选项”中关闭隐身模式。

## 分享前隐藏名称（报告会说明隐藏了什么）

report-redacted-some = 分享前已隐藏：{ $hidden }。收到报告的人看到的是 host-1 这样的替代名称，而不是原来的名称；同一个名称在各处都换成同一个替代名称。
redacted-kept-target = 已保留：你检查的服务器 { $target } 及其地址，让帮助你的人知道你尝试的是哪一台。
redacted-count-user-names = { $count ->
   *[other] { $count } 个用户名
}
redacted-count-host-names = { $count ->
   *[other] { $count } 个主机名
}
redacted-count-public-addresses = { $count ->
   *[other] { $count } 个公网地址
}
redacted-none-user-names = 没有需要隐藏的用户名。
redacted-none-host-names = 没有需要隐藏的主机名。
redacted-none-other-host-names = 没有其他需要隐藏的主机名。
redacted-none-public-addresses = 没有需要隐藏的公网地址。
redacted-none-all = 没有需要隐藏的用户名、主机名或公网地址。
redacted-none-other-all = 没有其他需要隐藏的用户名、主机名或公网地址。
redacted-kept-user-names = 用户名没有隐藏。
redacted-kept-host-names = 主机名没有隐藏。
redacted-kept-public-addresses = 公网地址没有隐藏。
ui-redact-heading = 分享前隐藏
ui-redact-intro = 你复制或保存的内容不会包含这里勾选的项目。这个界面仍会向你显示全部内容。
ui-redact-user-names = 隐藏用户名
ui-redact-host-names = 隐藏其他电脑和服务器的名称
ui-redact-target = 同时隐藏你检查的服务器（这样帮助你的人就看不出是哪一台）
ui-redact-public-addresses = 隐藏公网地址
ui-redact-hint = root 等系统账户的名称会保留。它们不代表任何人，还有助于找出原因。
ui-redact-preview = 查看将要发送的摘要
ui-redact-working = 正在准备要分享的报告…
ui-redact-failed = 无法准备要分享的报告。{ $message }

## 更多进度步骤

row-ping-reply-short = { $address } 响应了 ping。
progress-traced = 已追踪到 { $address } 的路径。
progress-traced-stop = 发往 { $address } 的数据包在 { $hop } 之后中断。
progress-inspecting = 正在查看这台电脑：程序、端口和防火墙…
progress-inspected = 已查看这台电脑的程序、端口和防火墙。

# 证据：一个结论所依据的事实，每条一行，写给技术支持。
owner-parts = （{ $parts }）
owner-pid = PID { $pid }
owner-user = 用户 { $user }
owner-uid = UID { $uid }
evidence-probe = { $address }：{ $outcome ->
        [open] 已连通
        [refused] 被拒绝
        [timeout] 没有回应
        [unreachable] 无法到达
       *[local_error] 在这台电脑上没能发起
    }，用时 { $ms } 毫秒{ $has_error ->
        [yes] （{ $error }）
       *[no] {""}
    }{ $has_icmp_type ->
        [yes] （ICMP 类型 { $icmp_type }，代码 { $icmp_code }，来自 { $icmp_from }）
       *[no] {""}
    }
evidence-hung-up = 连接打开 { $ms } 毫秒后，服务器没有发送任何内容就{ $reset ->
        [yes] 重置了连接（RST）
       *[no] 正常关闭了连接（FIN）
    }
evidence-no-listener = 这台电脑的端口 { $port } 上没有程序在监听（端口列表）
evidence-listening = 在 { $address } 上监听{ $has_owner ->
        [yes] { $owner }
       *[no] {""}
    }
evidence-service-listens = { $service } 在 { $address } 上监听{ $has_owner ->
        [yes] { $owner }
       *[no] {""}
    }
evidence-nearby = 附近：在 { $address } 上监听{ $has_owner ->
        [yes] { $owner }
       *[no] {""}
    }
evidence-not-running = 这些程序都没有运行：{ $programs }
evidence-runs-without-port = { $service } 正在运行{ $running }，但没有在我们能看到的任何 TCP 端口上监听
evidence-queue = { $address }{ $has_owner ->
        [yes] { $owner }
       *[no] {""}
    }：等待中 { $has_waiting ->
        [yes] { $waiting }
       *[no] ?
    }，队列长度 { $has_backlog ->
        [yes] { $backlog }
       *[no] ?
    }
evidence-queue-counters = 检查期间：ListenOverflows { $overflows_before } → { $overflows_after }（+{ $added }），ListenDrops { $drops_before } → { $drops_after }
evidence-bind-denied = 以没有管理员权限的用户占用 { $address } 的端口 { $port }：{ $has_error ->
        [yes] { $error }
       *[no] 权限被拒绝
    }{ $has_unprivileged_from ->
        [yes] （从端口 { $unprivileged_from } 起，任何用户都可以占用）
       *[no] {""}
    }
evidence-excluded-range = 端口 { $port } 在被排除的范围 { $start }–{ $end } 内
evidence-bind-in-use = 占用 { $address } 的端口 { $port }：{ $has_error ->
        [yes] { $error }
       *[no] 已被占用
    }，但那里没有程序在监听
evidence-owner-hidden = 看不到 { $address } 的所有者{ $has_owner ->
        [yes] { $owner }
       *[no] {""}
    }
evidence-holds = 另一个程序{ $has_owner ->
        [yes] { $owner }
       *[no] {""}
    }占用了 { $address }，而不是 { $service }
evidence-trace = 到 { $address } 端口 { $port } 的 TCP 路由跟踪：{ $hops }（{ $last } 之后没有回应）
evidence-ping-silent = Ping { $address }（{ $method }）：没有回应；TCP 端口 { $port } 有回应
evidence-rule = 防火墙规则（{ $hook }）：{ $rule } [{ $action }]
evidence-stealth = macOS 应用程序防火墙：已开启；隐身模式：已开启
evidence-firewall-unread = 无法读取防火墙：{ $limits }
evidence-firewall-clear = { $sources }：没有规则阻止 TCP 端口 { $port }
evidence-resolved = 系统域名解析：{ $host } → { $addresses }，用时 { $ms } 毫秒
evidence-name-no-address = 系统域名解析：{ $host } 没有地址（EAI_NODATA），用时 { $ms } 毫秒
evidence-name-not-found = 系统域名解析：{ $host } 不存在（EAI_NONAME / NXDOMAIN），用时 { $ms } 毫秒
evidence-name-no-answer = 系统域名解析：{ $host }：{ $deadline_ms } 毫秒内没有回应
evidence-name-try-again = 系统域名解析：{ $host }：暂时失败（EAI_AGAIN），用时 { $ms } 毫秒
evidence-name-error = 系统域名解析：{ $host }：{ $detail }
evidence-read = 从消息中读到：{ $failure ->
        [refused] 连接被拒绝
        [timeout] 没有回应
        [unreachable] 无法到达
        [dns] 找不到名称
        [reset] 连接被断开
        [unix_socket] 缺少本地套接字
        [tls] 安全连接失败
       *[other] 没有说明原因
    }{ $has_client ->
        [yes]，程序 { $client }
       *[no] {""}
    }{ $has_host ->
        [yes]，电脑 { $host }
       *[no] {""}
    }{ $has_port ->
        [yes]，端口 { $port }{ $implied ->
            [yes] （程序的默认端口）
           *[no] {""}
        }
       *[no] {""}
    }{ $has_error_code ->
        [yes]，代码 { $error_code }
       *[no] {""}
    }{ $has_socket ->
        [yes]，文件 { $socket }
       *[no] {""}
    }
evidence-refused-on-ipv6-loopback = 在 ::1（这台电脑的 IPv6 地址）上被拒绝；只在 127.0.0.1 上监听的服务器在那里连不上

## The web edition (ui/embed): <port-doctor-explain>, <port-doctor-report> and the demo page

embed-explain-label = 你看到的错误信息
embed-explain-hint = 粘贴完整的消息。它只留在这个浏览器里，不会发送到任何地方。
embed-explain-keys = 按 Enter 解读。如果消息有多行，按 Ctrl+Enter。
embed-details-show = 显示详细信息
embed-details-hide = 隐藏详细信息
embed-commands-hint = 每条命令适用于旁边写明的系统。这里不会运行它们。
embed-loading = Port Doctor 正在准备…
embed-unavailable = Port Doctor 无法在这个浏览器中启动。可以换一个较新的浏览器，或告诉这个网站的负责人。
embed-report-drop = 也可以把文件拖到这里。文件内容不会离开这个浏览器。
embed-report-too-large = 这个文件太大，不可能是 Port Doctor 报告。报告文件最大 4 MB。
embed-report-unreadable = 浏览器无法读取这个文件。再打开一次试试。
embed-report-opened = 已打开 { $file } 中的报告。
embed-report-opened-text = 报告已打开。
embed-their-language = 对方使用的语言：{ $language }
embed-earlier = 你的当地时间 { $local }（{ $utc }）：{ $status }（{ $code }）
embed-demo-title = 网页中的 Port Doctor
embed-demo-intro = 下面两个部分都在你的浏览器中运行。你粘贴或打开的内容不会发送到任何地方。
embed-demo-explain = 解读错误信息
embed-demo-report = 打开别人发给你的报告

## 中间环节：代理、kubectl port-forward

proxy-not-running-headline = { $by_port ->
    [yes] { $proxy } 通常是 { $program } 之类的代理程序监听的地方，但那里没有任何响应。
   *[no] { $source ->
        [message] { $has_proxy ->
            [yes] { $silent ->
                [yes] 连接经过位于 { $proxy } 的代理，而代理没有响应。
               *[no] 连接经过位于 { $proxy } 的代理，而那里没有任何响应。
            }
           *[no] { $silent ->
                [yes] 连接经过了代理，而代理没有响应。
               *[no] 连接经过了代理，而那里没有任何响应。
            }
        }
       *[other] { $silent ->
            [yes] 这台计算机通过位于 { $proxy } 的代理发送网页流量，而代理没有响应。
           *[no] 这台计算机通过位于 { $proxy } 的代理发送网页流量，而那里没有任何响应。
        }
    }
}
proxy-not-running-why = { $source ->
    [environment] 环境变量 { $setting } 让连接经过 { $proxy }。
    [windows] Windows 的代理设置让网页流量经过 { $proxy }。
    [macos] macOS 的网络设置让网页流量经过 { $proxy }。
    [gnome] GNOME 的网络代理设置让网页流量经过 { $proxy }。
    [kde] KDE 的代理设置让网页流量经过 { $proxy }。
    [winhttp] Windows 的 WinHTTP 代理（服务和更新程序使用的那个）让网页流量经过 { $proxy }。
   *[message] { $by_port ->
        [yes] 在这台计算机上使用代理的程序会把流量发到这样的端口，而到 { $proxy } 的连接被拒绝了。
       *[no] { $has_proxy ->
            [yes] 消息表明连接经过位于 { $proxy } 的代理。
           *[no] 消息表明连接经过了代理，但没有说是哪一个。
        }
    }
} { $has_program ->
    [yes] 这是 { $program } 使用的端口，所以 { $program } 很可能没有在运行。
   *[no] { $silent ->
        [yes] 那里没有及时响应。
       *[no] 那里没有程序接受连接。
    }
}
proxy-not-running-step-1 = { $has_program ->
    [yes] 重新启动 { $program }。
   *[no] 重新启动代理程序，或询问设置它的人。
}
proxy-not-running-step-2 = { $source ->
    [environment] 或者不用代理：运行“unset { $setting }”，并从设置它的文件（如 ~/.bashrc）中删掉它。
    [windows] 或者不用代理：设置 › 网络和 Internet › 代理，关闭“使用代理服务器”。
    [macos] 或者不用代理：系统设置 › 网络 › 你的网络 › 详细信息 › 代理，关闭代理。
    [gnome] 或者不用代理：设置 › 网络 › 网络代理 › 关闭。
    [kde] 或者不用代理：系统设置 › 网络 › 代理 › 不使用代理。
    [winhttp] 或者不用代理：在以管理员身份打开的终端中运行 netsh winhttp reset proxy。
   *[message] 或者在程序或系统的代理设置中关闭代理。
}
proxy-not-running-step-3 = 然后再试一次。
proxy-not-running-ruled-out = 位于 { $proxy } 的代理有响应，并能连接到 { $host }。
proxy-refused-target-headline = 位于 { $proxy } 的代理有响应，但没有连接到 { $host }。
proxy-refused-target-why = { $has_status_line ->
    [yes] 请它连接 { $host } 的端口 { $port } 时，它回答：{ $status_line }
   *[no] 请它连接 { $host } 的端口 { $port } 时，它没有回答就关闭了连接。
}代理或它后面的网络挡在你和 { $host } 之间。
proxy-refused-target-step-1 = 询问管理代理的人，它是否可以连接 { $host } 的端口 { $port }（403 表示不允许；502 或 504 表示没能连上）。
proxy-refused-target-step-2 = 如果 { $host } 应该直接访问，把它加入代理的例外列表（NO_PROXY，或“对这些地址不使用代理服务器”）。
proxy-refused-target-step-3 = 如果仍然失败，请把这份报告发给你的 IT 支持人员。
port-forward-no-listener-headline = { $has_pod_port ->
    [yes] kubectl 已连到 Pod，但 Pod 里没有程序监听端口 { $pod_port }。
   *[no] kubectl 已连到 Pod，但 Pod 里没有程序监听那个端口。
}
port-forward-no-listener-why = kubectl port-forward 把连接转给 Pod 里的一个端口，而连接在那里被拒绝：容器里的程序没有运行、使用了别的端口，或者监听在别的地址上。
port-forward-no-listener-step-1 = 检查 Pod 里的程序是否在运行、使用哪个端口（kubectl get pod、kubectl logs）。
port-forward-no-listener-step-2 = 转发到程序实际使用的端口：kubectl port-forward POD 本地端口:远端端口。
evidence-proxy-set = { $proxy } 由 { $setting }（{ $source ->
    [environment] 环境变量
    [windows] Windows 设置
    [macos] macOS 设置
    [gnome] GNOME 设置
    [kde] KDE 设置
    [winhttp] WinHTTP 设置
   *[message] 消息
}）设置
evidence-proxy-answer = 请 { $proxy } 连接 { $target }：{ $has_status_line ->
    [yes] { $status_line }
   *[no] 没有回答
}
evidence-proxy-pac = 设置了代理自动配置脚本（{ $source ->
    [environment] 环境变量
    [windows] Windows 设置
    [macos] macOS 设置
    [gnome] GNOME 设置
    [kde] KDE 设置
    [winhttp] WinHTTP 设置
   *[message] 消息
}）：{ $url }（未运行：不知道它会选哪个代理）

container-not-listening-headline = { $gone ->
    [yes] 这台计算机把端口 { $port } 转发到 { $forward_to }，但这里已经没有容器使用这个地址了。
   *[no] 这台计算机把端口 { $port } 转发进一个容器（{ $forward_to }），但那里没有程序在监听。
}
container-not-listening-why = { $gone ->
    [yes] 这条转发（Docker、Podman 和 Kubernetes 写的那种 DNAT 规则）指向的容器已经停止，或者已用别的地址重新创建。
   *[no] 这条转发（Docker、Podman 和 Kubernetes 写的那种 DNAT 规则）能到达{ $has_container ->
        [yes] { $container }
       *[no] 容器
    }，但那里没有程序监听这个端口：程序没有运行，或者用的是别的端口。
}
container-not-listening-step-1 = { $gone ->
    [yes] 重新启动容器（docker ps -a 会列出已停止的容器），或者重新发布它的端口。
   *[no] 查看容器里的程序：它的日志（docker logs）以及它应当使用的端口。
}
container-not-listening-step-2 = 检查容器发布了哪个端口：docker port，或 compose 文件里的 ports。
container-loopback-only-headline = { $has_container ->
    [yes] { $container }
   *[no] 容器
} 里的程序只监听它自己的 127.0.0.1，所以从端口 { $port } 来的转发到不了它。
container-loopback-only-why = 容器有自己的网络和自己的 127.0.0.1。程序在里面监听 { $listen_address }，但转发把连接发到 { $forward_to }，这是容器的另一个地址。
container-loopback-only-step-1 = 让程序在容器内监听 0.0.0.0（例如 --host 0.0.0.0，或在设置里 bind 0.0.0.0）。
container-loopback-only-step-2 = 然后重启容器，再检查一次。
port-not-published-headline = { $has_container ->
    [yes] { $container }
   *[no] 某个容器
} 里的程序在监听端口 { $port }，但这台计算机的端口 { $port } 并不通向那里。
port-not-published-why = 程序在容器自己的网络里监听 { $listen_address }。没有任何转发把这台计算机的端口 { $port } 送到它那里：容器的端口没有发布。
port-not-published-step-1 = 启动容器时发布端口：docker run -p { $port }:{ $port }（或 compose 文件里的 ports:）。
port-not-published-step-2 = 或者改为连接容器自己的地址。
evidence-forward = 端口转发：{ $rule }
evidence-listens-inside = 在 { $container } 中监听：{ $address }

wsl-localhost-headline = { $side ->
    [linux] 如果程序运行在 Windows 上：在 WSL 里，localhost 是 Linux 自己的，不是 Windows 的。
   *[windows] 如果程序运行在 WSL 里：它的 localhost 转发已关闭，所以这里的 localhost 到不了它。
}
wsl-localhost-why = { $side ->
    [linux] 这里的 WSL 运行在 NAT 模式：Linux 有自己的网络，Windows 的地址是 { $windows_host }。
   *[windows] .wslconfig 文件关闭了 localhostForwarding，所以 Windows 上的 localhost 只通向 Windows 自己的程序。
}
wsl-localhost-step-1 = { $side ->
    [linux] 改为连接 { $windows_host }，并让 Windows 上的程序监听这个地址（且防火墙允许）。
   *[windows] 在 .wslconfig 的 [wsl2] 部分设置 localhostForwarding=true，然后运行 wsl --shutdown。
}
wsl-localhost-step-2 = 或者把 WSL 改为镜像网络（在 .wslconfig 中设置 networkingMode=mirrored，需要 Windows 11 22H2 或更高版本）：这样两边共用 localhost。

proxy-pac-not-run-headline = 这里由代理自动配置脚本决定网页流量走哪个代理，而 Port Doctor 不会运行这个脚本。
proxy-pac-not-run-why = 位于 { $url } 的脚本可能让到 { $host } 的连接经过一个本次检查没有查看的代理。
proxy-pac-not-run-step-1 = 询问管理这台计算机的人，脚本为 { $host } 选择了哪个代理，以及它是否在运行。
proxy-pac-not-run-step-2 = 或者在浏览器中打开 { $url }：这个脚本是一段列出其代理的短文本。

containers-not-seen-headline = 无法查看容器里的程序。
containers-not-seen-why = 查看容器的端口转发以及其他用户在各自网络中的程序需要管理员权限，所以端口 { $port } 背后的容器不会在这里显示。
containers-not-seen-step-1 = 以管理员身份（sudo）运行 Port Doctor，才能一并查看容器。
