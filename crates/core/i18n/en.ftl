# Port Doctor — English message catalogue.
#
# Every sentence a person reads comes from here. A finding with code X uses
#   X-headline  (the answer, 12 words at most)
#   X-why       (two sentences at most)
#   X-step-1 .. X-step-3  (what to do, numbered)
#   X-ruled-out (one sentence, when the rules ruled this cause out)
# Plain words on top; technical terms belong in the helpdesk evidence, not here.

## Shared words

place-this-computer = this computer
place-this-computer-start = This computer
status-problem = Problem found
status-ok = All clear
status-cant-tell = Couldn't check
status-unclear = No clear answer
confidence-certain = sure
confidence-likely = likely
confidence-possible = possible
section-why = Why this happens
section-steps = What to do
section-how = How we know
section-ruled-out = Ruled out
section-also = Also possible
section-helpdesk = Details for helpdesk
section-commands = The same checks by hand
section-understood = What we read in the message
report-title = Port Doctor report { $id }
report-header = Report { $id } · { $time } · Port Doctor { $version } on { $os }
how-sure-certain = Sure: we saw it directly.
how-sure-likely = Likely: it fits everything we saw, but we could not see it directly.
how-sure-possible = Possible: it is one of the explanations of what we saw.
report-target = Target: { $input } → { $host } port { $port }
report-redacted = Nothing was hidden from this report.
# A label and its text, and a label over a list, in the plain-text report.
text-label = { $label }: { $text }
text-heading = { $label }:
# Between the items of a list of words ("2 user names, 1 host name").
list-separator = { ", " }
# The decimal sign of numbers such as 0.3 ms.
decimal-separator = .

## Progress (shown while checks run)

progress-resolving = Looking up { $host } (waiting at most { $seconds } s)…
progress-resolved = Found { $host }: { $addresses }
progress-probing = Trying { $address } on port { $port } (waiting at most { $seconds } s)…
progress-probed = { $address }: { $outcome }
progress-still = Still checking { $what }. Some networks take a while to answer.
progress-cancelled = Stopped. Nothing more was checked.

## Rows of "How we know"

row-literal = { $host } is an address already; no lookup was needed.
row-resolved = { $host } was found: { $addresses } ({ $ms } ms).
row-not-resolved = { $host } could not be looked up.
row-open = { $address } port { $port }: a program answered ({ $ms } ms).
row-open-hung-up = { $address } port { $port }: a program answered ({ $ms } ms), then ended the connection at once.
row-refused = { $address } port { $port }: turned away at once ({ $ms } ms).
row-timeout = { $address } port { $port }: no answer in { $ms } ms.
row-unreachable = { $address } port { $port }: could not be reached ({ $ms } ms).
row-ping-reply = { $address } answers ping ({ $ms } ms).
row-ping-none = { $address } does not answer ping.
row-trace = The way to { $address }: { $hops }.
progress-tracing = Looking for where the packets to { $address } stop…
row-not-here = This kind of computer does not show { $what }.
capability-listener-table = which programs listen on which ports
capability-listen-queue = how many connections wait for a program
capability-queue-counters = how many connections a busy program dropped
capability-icmp-sender = which device turned a connection away
capability-trace = where on the way the packets stop
capability-firewall = the rules of its firewall
row-local-error = { $address } port { $port }: this computer could not try ({ $ms } ms).

## Answers from a check

reachable-headline = Port { $port } of { $host } is answering.
reachable-why = A program accepted the connection at { $address } in { $ms } ms. The way there is open right now.
reachable-step-1 = If your program still fails, paste its exact error message here.
reachable-step-2 = Check that your program uses the same address and port.

dns-failure-headline = The name { $host } does not exist.
dns-failure-why = The name servers answered that no computer is called { $host }. This is usually a typo, or a name that only works inside another network.
dns-failure-step-1 = Check the spelling of { $host }.
dns-failure-step-2 = If the name only works at the office or on a VPN, connect to that network first.
dns-failure-step-3 = Check again once you have fixed the name.
dns-failure-ruled-out = The name { $host } was found: { $addresses }.

dns-no-address-headline = The name { $host } has no address to connect to.
dns-no-address-why = The name exists, but it does not point to any computer this one can reach. The name's owner may not have set it up yet.
dns-no-address-step-1 = Check that you have the full and correct name.
dns-no-address-step-2 = Ask the owner of { $host } to add an address for it.

dns-no-answer-headline = This computer could not look up { $host }.
dns-no-answer-why = The service that turns names into addresses did not answer in time. The name may be fine; the lookup service is not working or not reachable.
dns-no-answer-step-1 = Check that this computer is online, then check again.
dns-no-answer-step-2 = If you use a VPN, connect to it or disconnect it and try again.
dns-no-answer-step-3 = If this keeps happening, send this report to your IT support.

dns-error-headline = Looking up { $host } failed.
dns-error-why = This computer could not turn the name into an address. The system said: { $detail }.
dns-error-step-1 = Check the name for typos, then check again.
dns-error-step-2 = If it keeps failing, send this report to your IT support.

no-listener-headline = { $from_outside ->
    [yes] Nothing accepted the connection on port { $port } of { $host }.
   *[no] No program is answering on port { $port } of { $host }.
}
no-listener-why = { $from_outside ->
    [yes] { $host_at_start } turned the connection away at once. Maybe no program runs on that port there, or a firewall turned you away. From here, both look the same.
   *[no] { $host_at_start } answered at once that nothing accepts connections on port { $port }. Usually the program is not running, or it uses another port.
}
no-listener-step-1 = { $from_outside ->
    [yes] Run Port Doctor on { $host } itself: there it can tell which.
   *[no] Start or restart the program that should answer on port { $port }.
}
no-listener-step-2 = { $from_outside ->
    [yes] Make sure the program that should answer on port { $port } is running there.
   *[no] Check which port the program is set to use.
}
no-listener-step-3 = { $this_computer ->
    [yes] If it still fails, send this report to whoever looks after this computer.
   *[no] If { $host } is not yours, send this report to its owner.
}
no-listener-ruled-out = A program answers on port { $port } of { $host }.

closed-at-once-headline = { $this_computer ->
    [yes] The program on port { $port } of this computer is running, but it closed the connection as soon as it was opened.
   *[no] The program on port { $port } of { $host } is running, but it closed the connection as soon as it was opened.
}
closed-at-once-why = The connection to { $address } was made, so the way there and the port are open. Then { $has_process ->
    [yes] { $process }
   *[no] the program
} ended it at once{ $reset ->
    [yes] , with a reset,
   *[no] {""}
} before saying anything. Programs do this when they refuse a client themselves: an access list (like TCP wrappers' hosts.allow and hosts.deny), a limit of connections reached (like sshd's MaxStartups), an overloaded service, or a port that expects another protocol, like TLS.
closed-at-once-step-1 = { $this_computer ->
    [yes] Look in the program's log for why it closed the connection, and in its settings for which clients it allows and how many at once.
   *[no] Ask whoever looks after { $host } to look in the program's log for why it closed the connection, and in its settings for which clients it allows.
}
closed-at-once-step-2 = If the program is busy, wait a minute and check again.
closed-at-once-step-3 = Check that your program speaks what this port expects (for example https, not http).

bound-elsewhere-headline = The program on port { $port } only accepts connections at { $listen_address }.
bound-elsewhere-why = { $has_process ->
    [yes] { $process } listens on port { $port }, but only at { $listen_address }, not at { $address }.
   *[no] A program listens on port { $port }, but only at { $listen_address }, not at { $address }.
} { $loopback_only ->
    [yes] { $from_loopback ->
        [yes] Both are addresses of this computer, but a program answers only at the addresses it listens at.
       *[no] Only programs on this same computer can reach it.
    }
   *[no] Connections to other addresses of this computer are turned away.
}
bound-elsewhere-step-1 = { $this_computer ->
    [yes] Connect to { $listen_address } instead.
   *[no] Connect to { $listen_address } instead, if you are on the same computer.
}
bound-elsewhere-step-2 = Or set the program to listen on every address (0.0.0.0 or ::), then restart it.
bound-elsewhere-step-3 = Check again after the change.

wrong-port-headline = { $has_service ->
    [yes] { $service } is running, but on port { $other_port }, not { $port }.
   *[no] Nothing answers on port { $port }, but a program answers on port { $other_port }.
}
wrong-port-why = { $has_service ->
    [yes] { $process } listens on port { $other_port } of this computer. Your program looks for it on port { $port }, where nothing listens.
   *[no] { $has_process ->
        [yes] { $process } listens on port { $other_port }, close to the port you asked for.
       *[no] A program listens on port { $other_port }, close to the port you asked for.
    } Maybe it is the one you meant, set to use another port.
}
wrong-port-step-1 = Use port { $other_port } in your program, if that is the right one.
wrong-port-step-2 = Or set the program to use port { $port } and restart it.
wrong-port-step-3 = Check again after the change.

service-not-running-headline = { $service } is not running on { $host }.
service-not-running-why = Nothing listens on port { $port }, and no { $service } program is running. It may have stopped, failed to start, or not be installed here.
service-not-running-step-1 = Start { $service } (as a service, or by hand).
service-not-running-step-2 = If it stops again at once, read its log: the reason is usually there.
service-not-running-step-3 = Check again once it runs.

port-taken-headline = { $has_process ->
    [yes] { $has_service ->
        [yes] Port { $port } is used by { $process }, not by { $service }.
       *[no] Port { $port } is used by { $process }.
    }
   *[no] Another program holds port { $port } without answering on it.
}
port-taken-why = { $has_process ->
    [yes] { $process }{ $has_pid ->
        [yes] {" "}(PID { $pid })
       *[no] {""}
    } holds port { $port }. While it does, { $has_service ->
        [yes] { $service }
       *[no] another program
    } cannot use that port: it fails to start or answers elsewhere.
   *[no] Something on this computer has opened port { $port } but does not accept connections there. A server that wants this port cannot start.
}
port-taken-step-1 = { $has_process ->
    [yes] Stop { $process }, or move one of the two programs to another port.
   *[no] Find and stop the program that holds port { $port }, or use another port.
}
port-taken-step-2 = Then start the program you need and check again.

privileged-port-headline = Programs without admin rights cannot open port { $port } here.
privileged-port-why = On this computer, ports below { $threshold } are kept for admins. A program started by a normal user cannot listen there, so it may have failed to start.
privileged-port-step-1 = Use a port of { $threshold } or above for the program.
privileged-port-step-2 = Or start it with the rights it needs (as a system service, for example).

reserved-port-range-headline = Windows has reserved port { $port } for itself.
reserved-port-range-why = Ports { $range_start } to { $range_end } are set aside by Windows (often for Hyper-V, WSL or Docker). No program may open them.
reserved-port-range-step-1 = Use a port outside { $range_start }–{ $range_end } for the program.
reserved-port-range-step-2 = Or ask an admin to change the reserved ranges (netsh int ipv4 show excludedportrange protocol=tcp lists them).

needs-admin-headline = Some details need admin rights.
needs-admin-why = { $count ->
    [one] We could not see which program owns one of the ports, because it belongs to another user.
   *[other] We could not see which programs own { $count } of the ports, because they belong to other users.
} The answer above does not depend on it, but an admin sees more.
needs-admin-step-1 = Run Port Doctor again as admin to see every program.

backlog-overflow-headline = { $has_process ->
    [yes] { $process } on port { $port } is too busy to take new connections.
   *[no] The program on port { $port } is too busy to take new connections.
}
backlog-overflow-why = It has { $waiting } connections waiting and room for { $backlog }, so new ones are dropped. The other side then waits and gives up, as if nothing were there.
backlog-overflow-step-1 = Check the program: it may be stuck, or too slow to keep up. Restarting it clears the line.
backlog-overflow-step-2 = { $has_somaxconn ->
    [yes] If it is just very busy, raise its backlog setting (this system allows up to { $somaxconn }).
   *[no] If it is just very busy, raise its backlog setting.
}
backlog-overflow-step-3 = Check again afterwards.

ipv6-ipv4-mismatch-headline = Port { $port } answers on only one of { $host }'s addresses.
ipv6-ipv4-mismatch-why = { $host_at_start } has two kinds of address. It answers at { $works_address } but not at { $fails_address }, and some programs only try the second one.
ipv6-ipv4-mismatch-step-1 = Use the address that works: { $works_address }.
ipv6-ipv4-mismatch-step-2 = Or set the program on { $host } to listen on both kinds of address.
ipv6-ipv4-mismatch-step-3 = Check again after the change.

some-addresses-fail-headline = { $failed } of { $total } addresses of { $host } do not answer on port { $port }.
some-addresses-fail-why = { $host_at_start } has several addresses. Some answer and some do not, so a program may work one time and fail the next.
some-addresses-fail-step-1 = Tell the owner of { $host } that { $fails_address } does not answer.
some-addresses-fail-step-2 = Until it is fixed, use an address that works.

timeout-headline = { $host_at_start } did not answer on port { $port }.
timeout-why = Nothing came back within { $seconds } seconds. { $ping ->
    [replied] { $host_at_start } answers ping, so it is switched on: something drops the connections to port { $port }, usually a firewall.
    [silent] { $host_at_start } does not answer ping either: it may be off or unreachable, or a firewall drops everything.
   *[other] Usually a firewall silently drops the connection, or the computer is off or busy.
}
timeout-step-1 = { $ping ->
    [replied] Ask the owner of { $host } whether a firewall blocks port { $port }.
   *[other] Check that { $host } is switched on and connected.
}
timeout-step-2 = { $ping ->
    [replied] Ask them to check that the program on port { $port } runs and is not overloaded.
   *[other] Ask the owner of { $host } whether a firewall blocks port { $port }.
}
timeout-step-3 = Check again; if it still fails, send this report.
timeout-ruled-out = { $host_at_start } answered quickly, so nothing on the way is silently blocking it.

firewall-reject-headline = A firewall turned away the connection to port { $port }.
firewall-reject-why = { $sender_where ->
    [target] { $host_at_start } itself sent back a message that blocks port { $port }.
    [path] A device on the way ({ $sender }) sent back a message that blocks port { $port }.
    [this-computer] A firewall on this computer blocked the connection before it left.
    [rule-target] The firewall on { $host } has a rule that turns away connections to port { $port }.
    [rule-here] The firewall on this computer has a rule that blocks connections to port { $port }.
   *[unknown] The connection was blocked before it reached a program on { $host }.
} { $sender_where ->
    [rule-target] From outside, this looks just like "nothing is listening".
    [rule-here] The connection never left this computer.
   *[other] Programs that work normally do not answer this way, so a firewall rule is the usual cause.
}
firewall-reject-step-1 = Ask the owner of { $host } to allow port { $port } in the firewall.
firewall-reject-step-2 = { $sender_where ->
    [rule-target] Send this report: it names the rule.
    [rule-here] Send this report: it names the rule.
   *[other] Send this report: it names who sent the block.
}
firewall-reject-step-3 = Check again after the rule is changed.

firewall-drop-headline = A firewall silently drops connections to port { $port }.
firewall-drop-why = { $place ->
    [path] Packets to { $host } get as far as { $last_hop } ({ $last_ttl ->
        [one] one step
       *[other] { $last_ttl } steps
    } away), then nothing comes back. A firewall at or after { $last_hop } probably drops them.
    [target] { $by_policy ->
        [yes] The firewall on { $host } drops everything it does not allow, and port { $port } is not allowed.
       *[no] The firewall on { $host } has a rule that drops connections to port { $port } without an answer.
    }
   *[other] { $by_policy ->
        [yes] The firewall on this computer drops everything it does not allow, and port { $port } is not allowed.
       *[no] The firewall on this computer has a rule that drops connections to port { $port } before they leave.
    }
} Your program waits for an answer that never comes, then gives up.
firewall-drop-step-1 = Ask the admin of { $host } to allow port { $port } in the firewall.
firewall-drop-step-2 = { $place ->
    [path] Send this report: it shows where the packets stop.
   *[other] Send this report: it names the rule.
}
firewall-drop-step-3 = Check again after the change.
firewall-drop-ruled-out = { $place ->
    [both] No firewall rule on this computer blocks port { $port }.
   *[other] No firewall rule on this computer blocks connections to port { $port }.
}

firewall-not-read-headline = The firewall rules could not be read.
firewall-not-read-why = { $unavailable ->
    [yes] The firewall did not answer our questions on this computer (admin rights would not change that), so we could not check whether a rule blocks port { $port }.
   *[no] Reading the firewall needs admin rights, so we could not check whether a rule blocks port { $port }.
}
firewall-not-read-step-1 = { $unavailable ->
    [yes] To see the rules anyway, run: { $command }
   *[no] Run Port Doctor as admin, or ask an admin to run: { $command }
}

icmp-blocked-but-tcp-fine-headline = { $address } ignores ping, but its port answers.
icmp-blocked-but-tcp-fine-why = Many computers are set not to answer ping. That is normal and is not why a connection fails.
icmp-blocked-but-tcp-fine-step-1 = Don't rely on ping to test this computer; check its port instead.

host-unreachable-headline = { $no_neighbour ->
    [yes] { $host_at_start } is not on the network right now: nothing answered at that address.
   *[no] { $host_at_start } cannot be reached from this computer.
}
host-unreachable-why = { $no_neighbour ->
    [yes] { $host } is on this computer's own network, and this computer asked who has that address. No device answered. The computer there is off, unplugged, asleep, or has another address now.
   *[no] { $has_sender ->
        [yes] A device on the way ({ $sender }) said it cannot deliver anything to { $host }.
       *[no] This computer found no way to deliver anything to { $host }.
    } The computer may be off, disconnected, or on a network you are not on.
}
host-unreachable-step-1 = { $no_neighbour ->
    [yes] Check that the computer at { $host } is switched on and plugged in, and that its address is still { $host }.
   *[no] Check that { $host } is switched on and connected.
}
host-unreachable-step-2 = If it is on another network, connect to that network or VPN first.
host-unreachable-step-3 = Check again; if it still fails, send this report.
host-unreachable-ruled-out = { $host_at_start } can be reached: it answered.

network-unreachable-headline = This computer has no way to reach { $host }'s network.
network-unreachable-why = { $has_sender ->
    [yes] A device on the way ({ $sender }) said it has no route to that network.
   *[no] This computer has no route to that network.
} You may be offline, or the address belongs to a network you are not connected to.
network-unreachable-step-1 = Check that this computer is online.
network-unreachable-step-2 = If the address is on a company network, connect to its VPN first.
network-unreachable-step-3 = Check again after connecting.

no-route-here-headline = This computer has no way to send anything to { $host }.
no-route-here-why = Nothing left this computer: its own network settings have no route to { $address }. The cause is here, not on { $host }.
no-route-here-step-1 = Check that this computer is online, on Wi-Fi or cable.
no-route-here-step-2 = If { $host } is on a company network, connect to its VPN first.
no-route-here-step-3 = If it still fails, send this report to your IT support: it shows the route.

local-error-headline = This computer could not start the connection to { $host }.
local-error-why = { $reason ->
    [no-free-port] This computer has run out of free ports for new connections.
    [too-many-files] This program has too many files and connections open.
    [permission] Something on this computer does not allow the connection.
   *[other] Something on this computer stopped the connection before it left.
} The problem is on this computer, not on { $host }.
local-error-step-1 = Close programs you do not need, then check again.
local-error-step-2 = If it keeps happening, restart this computer.
local-error-step-3 = Send this report to your IT support if it still fails.

## Answers from a pasted message (no network used)

message-refused-headline = { $has_host ->
    [yes] { $host } turned the connection away{ $has_port ->
        [yes] {" "}on port { $port }
       *[no] {""}
    }.
   *[no] The other computer turned the connection away.
}
message-refused-why = This means the computer was reached, but no program accepted the connection. Usually the program is not running, uses another port, or a firewall turns it away.
message-refused-step-1 = Run a full check to find out which.
message-refused-step-2 = Make sure the program you want to reach is running.

message-timeout-headline = { $has_host ->
    [yes] { $host } did not answer in time.
   *[no] The other computer did not answer in time.
}
message-timeout-why = Nothing came back before your program gave up. Usually a firewall silently drops the connection, or the computer is off or unreachable.
message-timeout-step-1 = Run a full check to see where it stops.
message-timeout-step-2 = Check that the computer is on and that you are on the right network or VPN.

message-unreachable-headline = { $has_host ->
    [yes] { $host } could not be reached.
   *[no] The other computer could not be reached.
}
message-unreachable-why = No way to deliver anything to that computer was found. It may be off, or on a network you are not connected to.
message-unreachable-step-1 = Check that you are on the right network or VPN.
message-unreachable-step-2 = Run a full check to see where it stops.

message-dns-headline = { $has_host ->
    [yes] The name { $host } could not be found.
   *[no] A computer name could not be found.
}
message-dns-why = Your program could not turn the name into an address. Usually the name has a typo, or it only works on another network.
message-dns-step-1 = Check the spelling of the name.
message-dns-step-2 = Connect to the office network or VPN if the name is an internal one.

message-reset-headline = { $has_host ->
    [yes] { $host } cut the connection off.
   *[no] The other computer cut the connection off.
}
message-reset-why = The connection was made, then closed abruptly from the other side. A crashing program, a proxy or a security device often does this.
message-reset-step-1 = Try again; if it happens every time, send this report to the owner of the server.
message-reset-step-2 = Check whether a proxy or VPN is in the way.

message-tls-headline = The secure connection{ $has_host ->
    [yes] {" "}to { $host }
   *[no] {""}
} could not be set up.
message-tls-why = The computer was reached, but the two sides could not agree on a secure connection. An expired or wrong certificate, or a device that inspects traffic, is the usual cause.
message-tls-step-1 = Check that the date and time on this computer are right.
message-tls-step-2 = Send this report to the owner of the server.

unix-socket-headline = { $client ->
    [docker] The Docker service is not running or cannot be reached.
   *[other] The local service your program talks to is not running.
}
unix-socket-why = Your program talks to a service on this same computer through a special file{ $socket ->
    [none] {""}
   *[other] {" "}({ $socket })
}. The file is missing or nobody answers on it, which usually means the service is stopped.
unix-socket-step-1 = { $client ->
    [docker] Start Docker (Docker Desktop, or the docker service).
    [postgresql] Start the PostgreSQL service.
    [mysql] Start the MySQL service.
   *[other] Start the service your program needs.
}
unix-socket-step-2 = Check that your user is allowed to use it.

localhost-ipv6-first-headline = { $has_works_address ->
    [yes] The program on port { $port } listens at { $works_address }, but the connection went to ::1.
   *[no] The server may listen on only one kind of local address.
}
localhost-ipv6-first-why = { $has_works_address ->
    [yes] The name localhost stands for two addresses of this computer, ::1 (the newer kind) and 127.0.0.1. { $has_process ->
        [yes] { $process } listens
       *[no] The program listens
    } only at { $works_address }, and your program tried ::1, where nothing listens.
   *[no] Your program tried the newer local address ::1 first. Many development servers listen only on 127.0.0.1, so they are not found at ::1.
}
localhost-ipv6-first-step-1 = { $has_works_address ->
    [yes] Connect to { $works_address } instead of localhost.
   *[no] Connect to 127.0.0.1 instead of localhost.
}
localhost-ipv6-first-step-2 = Or start the server so it listens on both addresses.

message-unrecognized-headline = No connection error was found in this text.
message-unrecognized-why = The text does not look like an error from a program that failed to connect. Paste the exact message, or type the address you were trying to reach.
message-unrecognized-step-1 = Copy the whole error message, including any address and port.
message-unrecognized-step-2 = Or type the address, like db1.example.com:5432.
message-host-unset-headline = Your program was not told which computer to connect to.
message-host-unset-why = It tried to reach a computer named "{ $word }". Programs write that word when a setting has no value: the setting with the server's name or address is missing, empty or misspelt.
message-host-unset-step-1 = Find the setting that names the server, often in a .env or configuration file (for example DB_HOST or REDIS_URL), and give it the server's name or address.
message-host-unset-step-2 = Start the program again from where it reads that setting: the same folder, or the same window where the variable is set.

## Errors in what was typed

target-error-empty = Type the address you were trying to reach, like db1.example.com:5432.
target-error-too-long = That is { $length } characters long. An address is much shorter; paste only the address or the error message.
target-error-control-character = The text has an invisible control character at position { $position }. Type the address again.
target-error-spaces = An address has no spaces. Write it like db1.example.com:5432 or "db1 postgres".
target-error-missing-port = Add the port number, like { $host }:443.
target-error-port-zero = Port 0 cannot be used. Ports go from 1 to 65535.
target-error-port-out-of-range = Port { $port } does not exist. Ports go from 1 to 65535.
target-error-bad-port = "{ $port }" is not a port number or a service we know, like 5432 or postgres.
target-error-empty-host = The computer name is missing. Write it like db1.example.com:5432.
target-error-invalid-ipv4 = { $host } is not a valid address. Each of the four numbers must be 0 to 255.
target-error-invalid-ipv6 = { $host } is not a valid address. Check it, and write it in brackets with the port, like [2001:db8::1]:443.
target-error-leading-dash = "{ $host }" is not a computer name: no part of a name starts with a dash.
target-error-bad-host-character = A computer name cannot contain "{ $character }". Use letters, digits, dots and dashes.
target-error-host-too-long = That computer name is too long to be real. Check it.
target-error-unknown-scheme = We don't know the default port for "{ $scheme }". Add the port, like { $scheme }://host:1234.

text-error-empty = Paste the error message you saw.
text-error-too-long = That text is very long. Paste only the lines with the error.
text-error-unreadable = The text could not be read: { $detail }.

duration-error = "{ $value }" is not a length of time. Write it like 5s, 500ms or 2m.

## Command-line messages

cli-cancelled = Stopped before the checks were done.
cli-internal-error = Port Doctor could not finish: { $detail }.
cli-report-unreadable = The report { $file } could not be opened: { $detail }.
cli-save-failed = The report could not be saved to { $file }: { $detail }.
# What the system said when a file or a port could not be used, for { $detail }.
io-not-found = there is no such file or folder
io-permission-denied = this account may not do that
io-already-exists = something by that name is there already
io-is-a-directory = it is a folder, not a file
io-not-a-directory = part of the path is a file, not a folder
io-read-only = the disk is read-only
io-storage-full = the disk is full
io-invalid-data = it is not text that Port Doctor can read
io-timed-out = it took too long
io-in-use = another program uses that address and port already
io-not-available = this computer has no such address
io-interrupted = it was interrupted
io-unexpected-eof = it ended too soon

## The test listener

listen-started = Test listener open on port { $port } for { $seconds } seconds. From the other computer, check this computer's address with port { $port }. Press Ctrl-C to stop.
listen-greeting = Port Doctor test listener on port { $port }: you reached this computer, so the network path works.
listen-connection = A connection arrived from { $peer }; it was greeted.
listen-closed = Test listener closed after { $count ->
    [one] one connection
   *[other] { $count } connections
}.
listen-error-in-use = Port { $port } is already in use by another program, so the test listener cannot open it.
listen-error-in-use-by = Port { $port } is already in use by { $owner }, so the test listener cannot open it.
listen-error-permission = Only admins may open port { $port } on this computer (ports below { $threshold }). Pick a port of { $threshold } or above, or run as admin.
listen-error-not-local = That address does not belong to this computer.
listen-error-address = "{ $address }" is not an address of this computer, like 127.0.0.1 or ::1.
listen-error-other = The test listener could not open port { $port }: { $detail }.
listen-error-low-port = Port { $port } is below { $lowest }: from the browser page, test listeners open only on ports from { $lowest } up. Start Port Doctor with portdoctor serve --allow-privileged-ports to open lower ones, or use portdoctor listen { $port }.
listen-error-too-many = { $count ->
    [one] A test listener is already open. Close it first.
   *[other] { $count } test listeners are already open. Close one first.
}

## Outcomes of one connection attempt

outcome-open = answered
outcome-refused = turned away
outcome-timeout = no answer
outcome-unreachable = could not be reached
outcome-local_error = could not try

## portdoctor listeners

listeners-none = No program is listening for connections on this computer.
listeners-none-on-port = No program is listening on port { $port } of this computer.
listeners-limited = Part of the list may be missing: { $detail }.
listeners-unknown-program = A program of user { $user }
listeners-program-pid = The program with PID { $pid }
listeners-owner-unknown = A program the system does not name
listeners-owner-hidden = A program we may not see
listeners-reach-local = reachable from: this computer only
listeners-reach-network = reachable from: the network
listeners-reach-address = reachable at: { $address } only
listeners-queue = waiting { $waiting } of { $backlog }
listeners-hidden = { $count ->
    [one] One program is hidden: only admins may see other users' programs. Run as admin to see it.
   *[other] { $count } programs are hidden: only admins may see other users' programs. Run as admin to see them.
}
listeners-hidden-admin = { $count ->
    [one] One program could not be identified: it runs outside what this system shows (for example in another container).
   *[other] { $count } programs could not be identified: they run outside what this system shows (for example in another container).
}
listeners-unknown = { $count ->
    [one] The system does not say which program holds one of these ports; admin rights would not show it either.
   *[other] The system does not say which programs hold { $count } of these ports; admin rights would not show them either.
}
service-error-unknown = We don't know a service called "{ $service }". Try a name like postgres, mysql, redis, ssh or https.

## What the input box understood (shown as you type)

understood-target = Check { $host }, port { $port }.
understood-message = An error message: { $failure }.
understood-message-target = An error message: { $failure }, at { $host } port { $port }.
understood-nothing = This doesn't look like an address or an error message. Type an address like db1.example.com:5432, or paste the error you saw.
understood-no-target = The message doesn't say which computer and port were tried, so there is nothing to check. Type the address instead.
failure-refused = the connection was turned away
failure-timeout = no answer in time
failure-unreachable = the computer could not be reached
failure-dns = the name could not be found
failure-reset = the connection was cut off
failure-unix_socket = a local service is not running
failure-tls = the secure connection failed
failure-other = no cause given

## Reports opened or saved

report-error-unreadable = This file is not a Port Doctor report we can read: { $detail }.
report-error-too-large = This file is too large to be a Port Doctor report.
report-error-format = "{ $format }" is not a report format. Use text, markdown or json.

## Browser mode (portdoctor serve)

serve-started = Port Doctor is ready at { $url }
serve-how = Open that address in a browser on this computer. Over SSH, forward the port first: ssh -L { $port }:127.0.0.1:{ $port } THIS-SERVER, then open the address on your own computer. Press Ctrl-C to stop.
serve-error-bind = Port Doctor could not open port { $port } for the browser page: { $detail }.
serve-error-forbidden = This address only answers Port Doctor's own page, opened with the address Port Doctor printed.
serve-error-not-found = There is nothing at this address.
ui-stopped-found = What the check found before it was stopped:
ui-server-error = Port Doctor's server gave an answer that is not its own (status { $status }). Is portdoctor serve still running?
ui-no-token = This page was opened without its key, so it cannot check anything. Open the address that portdoctor serve printed: it ends in ?token= and a long number.
serve-error-bad-request = The request could not be read: { $detail }.
serve-error-too-large = This request is too large for Port Doctor. A report file is at most 4 MB.
serve-error-body = The request broke off before all of it arrived.
serve-error-busy = Port Doctor is already running { $count } checks from the browser page. Wait for one to finish, then try again.
serve-error-code = This link was opened already, or is too old. Open the address Port Doctor printed in the terminal.
serve-opened = The browser page opened with the one-time link; the link no longer works.
serve-no-ui = This build of Port Doctor has no browser page built in. Build it with scripts/run.sh, or use the command line.

## The wizard

# Around every screen
ui-app-name = Port Doctor
language-name = English
ui-language = Language
ui-save-filter = Port Doctor report ({ $ext })
# The title of the file dialog that saves a report.
ui-save-title = Save the report
ui-new-check = Check something else
ui-copy = Copy
ui-copy-command = Copy the command { $command }
ui-copied-command = Copied: { $command }
ui-copy-failed = Copying did not work here. Select the text and copy it by hand.

# Screen 1: what were you trying to reach?
ui-input-heading = What were you trying to reach?
ui-input-hint = Type an address like db1.example.com:5432 or a web address, or paste the error message you saw.
ui-input-keys = Press Enter to start. In a message of several lines, press Ctrl+Enter.
ui-check = Check
ui-explain = Explain the message
ui-open-report = Open a report
ui-open-report-hint = A report someone saved with Port Doctor. Nothing in it is run.

# Screen 2: checks running
ui-running-heading = Checking { $target }
ui-running-heading-plain = Checking
ui-steps-label = Checks so far
ui-step-running = checking
ui-step-ok = fine
ui-step-problem = problem
ui-step-info = noted
ui-step-waiting = Starting the checks…
ui-still-resolve = the name
ui-still-probe = { $address }
ui-still-trace = the way to { $address }
ui-still-other = the connection
ui-cancel = Stop
ui-cancel-keys = Press Escape to stop.

# Screen 3: the answer
ui-status-fixed = Fixed
ui-status-not-fixed = Not fixed
ui-no-answer = The checks found nothing to report.
ui-explained-note = We only read the message. Nothing was checked on the network yet.
ui-opened-label = Opened report
ui-opened-note = From the file { $file }, made { $time } on { $os }.
ui-opened-safe = It shows what that computer saw. Nothing in it was run here.
ui-opened-when = Made { $local } your time ({ $utc }).
ui-opened-typed = What they asked to check:
ui-opened-pasted = The message they pasted:
ui-opened-earlier = Their checks before this one:
ui-path-computer-theirs = Their computer
ui-ask-port = Which port did you try on { $host }?
ui-ask-port-hint = Look at the address you opened: the number after the colon, as in localhost:3000. Without a number, web pages use 80 (http) or 443 (https).
ui-ask-port-check = Check this port
ui-ask-port-invalid = Type a port number from 1 to 65535.
ui-status-way-works = The way to this port works; your program is not running
ui-compare-fixed = The problem from the last check is gone.
ui-compare-not-fixed = The new check found the same problem.
ui-compare-changed = The earlier problem is gone, but something else fails now.
ui-compare-broke = This worked at the last check, but fails now.
ui-compare-still-fine = It still works, as at the last check.
ui-compare-test-listener = Port Doctor's test listener answered, not your own program. The way to this port works.
ui-recheck-failed = The new check could not finish, so this is still the last answer. { $message }
ui-recheck-cancelled = The new check was stopped, so this is still the last answer.
ui-action-check-again = Check again
ui-action-run-check = Run a full check
ui-action-open-test-listener = Open a test listener on port { $port }
ui-action-copy-admin-command = Copy the command for an admin
ui-action-copy-admin-command-os = Copy the command for an admin ({ $os })
ui-action-send-report = Send this report
ui-action-copy-address = Copy { $address }
ui-listener-open = A test listener is open on port { $port } for { $minutes } minutes.
ui-listener-how = From the other computer, connect to this computer on port { $port }. It answers with this line:
ui-listener-stop = Stop the test listener on port { $port }
ui-listener-closed = The test listener on port { $port } is closed.
section-couldnt = What we couldn't check

# The picture of the way
ui-path-heading = The way to { $host }
ui-path-heading-plain = The way to the program
ui-path-computer = This computer
ui-path-network = Network
ui-path-firewall = Firewall
ui-path-server = Server
ui-path-program = Program
ui-path-port = port { $port }
ui-path-ok = works
ui-path-problem = problem here
ui-path-probable = probably here
ui-path-unknown = not known
ui-path-not-reached = not reached
ui-path-unplaced = The picture can't show where this problem is. The answer above says what we found.

# Rows of "How we know"
ui-mark-ok = fine
ui-mark-problem = problem
ui-mark-info = note
ui-mark-cant = not checked
ui-mark-ruled-out = ruled out
row-listener = { $process } listens on port { $port } at { $address }.
row-listener-unknown = A program listens on port { $port } at { $address }.
row-firewall-clear = No rule of the firewall on this computer concerns port { $port }.
row-firewall-rules = { $count ->
    [one] One rule of the firewall on this computer concerns port { $port }.
   *[other] { $count } rules of the firewall on this computer concern port { $port }.
}
row-firewall-limited = Part of the firewall could not be read: { $detail }.
row-ping-not-possible = Ping could not be tried from this computer.
row-trace-limited = The way could not be traced: { $detail }.
row-service-running = { $service } is running: { $programs }.
row-service-stopped = No { $service } program is running on this computer.
row-bind-free = A program could open port { $port } on this computer.
row-bind-in-use = Port { $port } is already held by a program on this computer.
row-bind-denied = Only admins may open port { $port } on this computer.
row-bind-reserved = Windows keeps port { $port } for itself.
row-queue-dropped = { $count ->
    [one] One connection was dropped while we checked, because a program was too busy.
   *[other] { $count } connections were dropped while we checked, because a program was too busy.
}
read-client = Program: { $client }
read-failure = What happened: { $failure }
read-host = Computer: { $host }
read-port = Port: { $port }
read-port-implied = Port: { $port } (the usual one, not in the message)
read-code = Code in the message: { $code }
read-socket = Local file: { $path }

# Details for helpdesk
ui-helpdesk-evidence = What we saw
ui-helpdesk-id = Report ID: { $id }
helpdesk-run = Checked on { $os } { $admin ->
    [yes] as admin
   *[no] without admin rights
}; each step could take at most { $seconds } s.
os-unix = Linux and macOS
os-linux = Linux
os-macos = macOS
os-windows = Windows
os-any = Any system
os-other = another system
section-origin = Where this report comes from
section-data = Report data
report-data-note = Port Doctor opens this file too: it shows the report in the reader's language. Nothing in it is run.
origin-checked = Checked on a { $os } computer on { $time }, { $admin ->
    [yes] as admin.
   *[no] without admin rights.
}
origin-read = A message read on a { $os } computer on { $time }; nothing was checked.
origin-tried-typed = What they asked to check: { $tried }
origin-tried-pasted = The message they pasted: { $tried }
origin-newer = A newer Port Doctor made this report ({ $version }, report format { $format }). This one ({ $ours }) shows what it knows of it; update Port Doctor to see all of it.
origin-newer-holds = A newer Port Doctor made this report ({ $version }, report format { $format }). This one ({ $ours }) can't show all of it: { $what }. Update Port Doctor to see all of it.
origin-unknown-holds = This report holds what this Port Doctor ({ $ours }) can't show: { $what }.
origin-earlier = Checked before, on { $time }: { $status } ({ $code }).
origin-language = Their language: { $language }

# Share
ui-share-heading = Share this report
ui-share-intro = Copy the summary, or save the report and send the file to whoever helps you. The ID names the report, so you can both speak of the same one: the ID alone opens nothing, the file goes with it.
ui-report-id = Report ID
ui-copy-summary = Copy summary
ui-copied-summary = The summary is copied. Paste it into an email, chat or ticket.
ui-save-json = Save report file
ui-save-markdown = Save for a ticket
ui-saved = Saved as { $name }.
ui-save-failed = The report could not be saved. { $message }
ui-contains-heading = What the report contains
contains-target = What you typed, and the addresses it led to.
contains-message = The error message as we read it: program, computer, port and code.
contains-checks = The result of each check, with how long it took.
contains-listeners = The programs that listen for connections on this computer, with their user names.
contains-listeners-hidden = The programs that listen for connections on this computer. Their user names are hidden, except system accounts such as root.
contains-firewall = The firewall rules of this computer for that port.
contains-answer = The answer, and what was ruled out.
contains-system = The kind of system, and the version of Port Doctor.
contains-rights = Whether the checks ran with admin rights.

## macOS stealth mode

stealth-mode-headline = This Mac is in stealth mode: other computers get no answer at all.
stealth-mode-why = In stealth mode, a Mac stays silent when nothing accepts a connection. Other computers then wait and give up, instead of hearing "nothing is here" at once.
stealth-mode-step-1 = Expect a timeout, not a refusal, when you check this Mac from elsewhere.
stealth-mode-step-2 = An admin can turn stealth mode off in System Settings, Network, Firewall, Options.

## Hiding names before sharing (the report says what was hidden)

report-redacted-some = Hidden before sharing: { $hidden }. Whoever gets this report sees a stand-in, like host-1, in their place, the same one everywhere, and not the name itself.
redacted-kept-target = Kept: the server you checked, { $target }, and its addresses, so whoever helps you knows which one you tried.
redacted-count-user-names = { $count ->
    [one] one user name
   *[other] { $count } user names
}
redacted-count-host-names = { $count ->
    [one] one host name
   *[other] { $count } host names
}
redacted-count-public-addresses = { $count ->
    [one] one public address
   *[other] { $count } public addresses
}
redacted-none-user-names = There were no user names to hide.
redacted-none-host-names = There were no host names to hide.
redacted-none-other-host-names = There were no other host names to hide.
redacted-none-public-addresses = There were no public addresses to hide.
redacted-none-all = There were no user names, host names or public addresses to hide.
redacted-none-other-all = There were no other user names, host names or public addresses to hide.
redacted-kept-user-names = User names were not hidden.
redacted-kept-host-names = Host names were not hidden.
redacted-kept-public-addresses = Public addresses were not hidden.
ui-redact-heading = Hide before sharing
ui-redact-intro = What you copy or save leaves out what you tick here. This screen still shows everything to you.
ui-redact-user-names = Hide user names
ui-redact-host-names = Hide the names of other computers and servers
ui-redact-target = Hide the server you checked, too (then whoever helps you cannot tell which one it was)
ui-redact-public-addresses = Hide public internet addresses
ui-redact-hint = Names of system accounts, like root, stay. They name no person and help find the cause.
ui-redact-preview = See the summary as it will be sent
ui-redact-working = Getting the report ready to share…
ui-redact-failed = The report could not be made ready to share. { $message }

## More progress steps

row-ping-reply-short = { $address } answers ping.
progress-traced = Traced the way to { $address }.
progress-traced-stop = Packets to { $address } stop after { $hop }.
progress-inspecting = Looking at this computer: programs, ports and firewall…
progress-inspected = Looked at this computer's programs, ports and firewall.

# Evidence: the facts a finding rests on, one precise line each, for helpdesk.
# What a system said in its own words ($error, $rule, $limits, $detail) is quoted as it came.
owner-parts = ({ $parts })
owner-pid = PID { $pid }
owner-user = user { $user }
owner-uid = uid { $uid }
evidence-probe = { $address } { $outcome ->
        [open] open
        [refused] refused
        [timeout] no answer
        [unreachable] unreachable
       *[local_error] not started on this computer
    } in { $ms } ms{ $has_error ->
        [yes] {" "}({ $error })
       *[no] {""}
    }{ $has_icmp_type ->
        [yes] {" "}(ICMP type { $icmp_type } code { $icmp_code } from { $icmp_from })
       *[no] {""}
    }
evidence-hung-up = The server ended the connection { $ms } ms after it opened, with { $reset ->
        [yes] a reset (RST)
       *[no] a close (FIN)
    }, before sending anything
evidence-no-listener = Nothing listens on port { $port } of this computer (listener table)
evidence-listening = Listening on { $address }{ $has_owner ->
        [yes] {" "}{ $owner }
       *[no] {""}
    }
evidence-service-listens = { $service } listens on { $address }{ $has_owner ->
        [yes] {" "}{ $owner }
       *[no] {""}
    }
evidence-nearby = Nearby: listening on { $address }{ $has_owner ->
        [yes] {" "}{ $owner }
       *[no] {""}
    }
evidence-not-running = None of these programs is running: { $programs }
evidence-runs-without-port = { $service } runs { $running } but listens on no TCP port we can see
evidence-queue = { $address }{ $has_owner ->
        [yes] {" "}{ $owner }
       *[no] {""}
    }: { $has_waiting ->
        [yes] { $waiting }
       *[no] ?
    } waiting, backlog { $has_backlog ->
        [yes] { $backlog }
       *[no] ?
    }
evidence-queue-counters = During the probe: ListenOverflows { $overflows_before } → { $overflows_after } (+{ $added }), ListenDrops { $drops_before } → { $drops_after }
evidence-bind-denied = Binding { $address } port { $port } as a user without admin rights: { $has_error ->
        [yes] { $error }
       *[no] permission denied
    }{ $has_unprivileged_from ->
        [yes] {" "}(ports from { $unprivileged_from } are open to every user)
       *[no] {""}
    }
evidence-excluded-range = Port { $port } is in the excluded range { $start }–{ $end }
evidence-bind-in-use = Binding { $address } port { $port }: { $has_error ->
        [yes] { $error }
       *[no] in use
    }, although nothing listens there
evidence-owner-hidden = The owner of { $address } is not visible{ $has_owner ->
        [yes] {" "}{ $owner }
       *[no] {""}
    }
evidence-holds = Another program{ $has_owner ->
        [yes] {" "}{ $owner }
       *[no] {""}
    } holds { $address }, not { $service }
evidence-trace = TCP trace to { $address } port { $port }: { $hops } (silent after { $last })
evidence-ping-silent = Ping { $address } ({ $method }): no reply; TCP port { $port } answered
evidence-rule = Firewall rule ({ $hook }): { $rule } [{ $action }]
evidence-stealth = macOS application firewall: on; stealth mode: on
evidence-firewall-unread = The firewall could not be read: { $limits }
evidence-firewall-clear = { $sources }: no rule blocks TCP port { $port }
evidence-resolved = System resolver: { $host } → { $addresses } in { $ms } ms
evidence-name-no-address = System resolver: { $host } has no address (EAI_NODATA), after { $ms } ms
evidence-name-not-found = System resolver: { $host } does not exist (EAI_NONAME / NXDOMAIN), after { $ms } ms
evidence-name-no-answer = System resolver: { $host }: no answer within { $deadline_ms } ms
evidence-name-try-again = System resolver: { $host }: temporary failure (EAI_AGAIN), after { $ms } ms
evidence-name-error = System resolver: { $host }: { $detail }
evidence-read = Read in the message: { $failure ->
        [refused] refused
        [timeout] no answer
        [unreachable] unreachable
        [dns] name not found
        [reset] connection cut off
        [unix_socket] local socket missing
        [tls] secure connection failed
       *[other] no cause given
    }{ $has_client ->
        [yes], program { $client }
       *[no] {""}
    }{ $has_host ->
        [yes], computer { $host }
       *[no] {""}
    }{ $has_port ->
        [yes], port { $port }{ $implied ->
            [yes] {" "}(the program's usual one)
           *[no] {""}
        }
       *[no] {""}
    }{ $has_error_code ->
        [yes], code { $error_code }
       *[no] {""}
    }{ $has_socket ->
        [yes], file { $socket }
       *[no] {""}
    }
evidence-refused-on-ipv6-loopback = Refused on ::1 (the IPv6 address of this computer); a server on 127.0.0.1 only is not reached there

## The web edition (ui/embed): <port-doctor-explain>, <port-doctor-report> and the demo page

embed-explain-label = The error message you saw
embed-explain-hint = Paste the whole message. It stays in this browser: nothing is sent anywhere.
embed-explain-keys = Press Enter to explain it. In a message of several lines, press Ctrl+Enter.
embed-details-show = Show the details
embed-details-hide = Hide the details
embed-commands-hint = Each command is for the system named beside it. Nothing here runs them.
embed-loading = Port Doctor is getting ready…
# Shown when the WebAssembly can't start: plain text only (no arguments), it is read
# at build time into ui/embed/src/unavailable.generated.ts.
embed-unavailable = Port Doctor could not start in this browser. Try a newer browser, or tell the owner of this site.
embed-report-drop = Or drop the file here. Nothing in it leaves this browser.
embed-report-too-large = This file is too large to be a Port Doctor report. A report file is at most 4 MB.
embed-report-unreadable = The browser could not read this file. Try to open it again.
embed-report-opened = The report from { $file } is open.
embed-report-opened-text = The report is open.
embed-their-language = Their language: { $language }
embed-earlier = { $local } your time ({ $utc }): { $status } ({ $code })
embed-demo-title = Port Doctor in a web page
embed-demo-intro = Both parts below run in your browser. Nothing you paste or open is sent anywhere.
embed-demo-explain = Explain an error message
embed-demo-report = Open a report someone sent you

## What stands in between: proxies, kubectl port-forward

proxy-not-running-headline = { $by_port ->
    [yes] { $proxy } is where a proxy program like { $program } listens, and nothing answered there.
   *[no] { $source ->
        [message] { $has_proxy ->
            [yes] { $silent ->
                [yes] The connection went through a proxy at { $proxy }, and the proxy did not answer.
               *[no] The connection went through a proxy at { $proxy }, and nothing answered there.
            }
           *[no] { $silent ->
                [yes] The connection went through a proxy, and the proxy did not answer.
               *[no] The connection went through a proxy, and nothing answered there.
            }
        }
       *[other] { $silent ->
            [yes] This computer sends web traffic through a proxy at { $proxy }, and the proxy does not answer.
           *[no] This computer sends web traffic through a proxy at { $proxy }, and nothing answers there.
        }
    }
}
proxy-not-running-why = { $source ->
    [environment] The environment variable { $setting } sends connections through { $proxy }.
    [windows] Windows' proxy settings send web traffic through { $proxy }.
    [macos] macOS's network settings send web traffic through { $proxy }.
    [gnome] GNOME's network proxy settings send web traffic through { $proxy }.
    [kde] KDE's proxy settings send web traffic through { $proxy }.
    [winhttp] Windows' WinHTTP proxy (the one services and updaters use) sends web traffic through { $proxy }.
   *[message] { $by_port ->
        [yes] Programs that use a proxy on this computer send their traffic to such a port, and the connection to { $proxy } was refused.
       *[no] { $has_proxy ->
            [yes] The message says the connection went through a proxy at { $proxy }.
           *[no] The message says the connection went through a proxy, but not which one.
        }
    }
} { $has_program ->
    [yes] That is the port { $program } uses, so { $program } is probably not running.
   *[no] { $silent ->
        [yes] Nothing answered there in time.
       *[no] No program accepts connections there.
    }
}
proxy-not-running-step-1 = { $has_program ->
    [yes] Start { $program } again.
   *[no] Start the proxy program again, or ask whoever set it up.
}
proxy-not-running-step-2 = { $source ->
    [environment] Or go without the proxy: run "unset { $setting }" and remove it from the file that sets it (like ~/.bashrc).
    [windows] Or go without it: Settings › Network & internet › Proxy, and turn off "Use a proxy server".
    [macos] Or go without it: System Settings › Network › your network › Details › Proxies, and turn the proxy off.
    [gnome] Or go without it: Settings › Network › Network Proxy › Off.
    [kde] Or go without it: System Settings › Network › Proxy › No proxy.
    [winhttp] Or go without it: run netsh winhttp reset proxy in a terminal opened as admin.
   *[message] Or turn the proxy off in the program's or the system's proxy settings.
}
proxy-not-running-step-3 = Then try again.
proxy-not-running-ruled-out = The proxy at { $proxy } answers and connects to { $host }.
proxy-refused-target-headline = The proxy at { $proxy } answers, but it did not connect to { $host }.
proxy-refused-target-why = { $has_status_line ->
    [yes] Asked to connect to { $host } port { $port }, it answered: { $status_line }
   *[no] Asked to connect to { $host } port { $port }, it closed the connection without an answer.
} The proxy, or the network behind it, stands between you and { $host }.
proxy-refused-target-step-1 = Ask whoever runs the proxy whether it may connect to { $host } port { $port } (403 means it may not; 502 or 504, that it could not).
proxy-refused-target-step-2 = If { $host } should be reached directly, add it to the proxy's exceptions (NO_PROXY, or "Don't use the proxy server for these addresses").
proxy-refused-target-step-3 = If it still fails, send this report to your IT support.
port-forward-no-listener-headline = { $has_pod_port ->
    [yes] kubectl reached the pod, but nothing listens on port { $pod_port } inside it.
   *[no] kubectl reached the pod, but nothing listens on that port inside it.
}
port-forward-no-listener-why = kubectl port-forward passes the connection to a port inside the pod, and there it was refused: the program in the container is not running, uses another port, or listens on another address.
port-forward-no-listener-step-1 = Check that the program in the pod is running and which port it uses (kubectl get pod, kubectl logs).
port-forward-no-listener-step-2 = Forward to the port the program really uses: kubectl port-forward POD LOCAL:REMOTE.
evidence-proxy-set = { $proxy } is set by { $setting } ({ $source ->
    [environment] environment
    [windows] Windows settings
    [macos] macOS settings
    [gnome] GNOME settings
    [kde] KDE settings
    [winhttp] WinHTTP settings
   *[message] the message
})
evidence-proxy-answer = { $proxy }, asked to connect to { $target }: { $has_status_line ->
    [yes] { $status_line }
   *[no] no answer
}
evidence-proxy-pac = A proxy auto-configuration script is set ({ $source ->
    [environment] environment
    [windows] Windows settings
    [macos] macOS settings
    [gnome] GNOME settings
    [kde] KDE settings
    [winhttp] WinHTTP settings
   *[message] the message
}): { $url } (not run: which proxy it picks is not known)

container-not-listening-headline = { $gone ->
    [yes] This computer forwards port { $port } to { $forward_to }, but no container here has that address any more.
   *[no] This computer forwards port { $port } into a container ({ $forward_to }), and nothing listens there.
}
container-not-listening-why = { $gone ->
    [yes] The forward (a DNAT rule, as Docker, Podman and Kubernetes write them) points at a container that has stopped, or was made again with another address.
   *[no] The forward (a DNAT rule, as Docker, Podman and Kubernetes write them) reaches { $has_container ->
        [yes] { $container }
       *[no] the container
    }, but no program there listens on that port: it is not running, or it uses another port.
}
container-not-listening-step-1 = { $gone ->
    [yes] Start the container again (docker ps -a shows the stopped ones), or publish its port again.
   *[no] Look at the program inside the container: its log (docker logs) and the port it is set to use.
}
container-not-listening-step-2 = Check which port the container publishes: docker port, or the ports of your compose file.
container-loopback-only-headline = The program in { $has_container ->
    [yes] { $container }
   *[no] the container
} listens only on its own 127.0.0.1, so the forward from port { $port } can't reach it.
container-loopback-only-why = A container has its own network, with its own 127.0.0.1. The program listens on { $listen_address } inside it, but the forward sends connections to { $forward_to }, another address of the container.
container-loopback-only-step-1 = Make the program listen on 0.0.0.0 inside the container (for example --host 0.0.0.0, or bind 0.0.0.0 in its settings).
container-loopback-only-step-2 = Then restart the container and check again.
port-not-published-headline = A program in { $has_container ->
    [yes] { $container }
   *[no] a container
} listens on port { $port }, but this computer's port { $port } does not lead there.
port-not-published-why = The program listens on { $listen_address } inside the container's own network. Nothing forwards this computer's port { $port } to it: the container's port is not published.
port-not-published-step-1 = Publish the port when you start the container: docker run -p { $port }:{ $port } (or ports: in the compose file).
port-not-published-step-2 = Or connect to the container's own address instead.
evidence-forward = Port forward: { $rule }
evidence-listens-inside = Listening in { $container }: { $address }

wsl-localhost-headline = { $side ->
    [linux] If the program runs on Windows: inside WSL, localhost is Linux's own, not Windows'.
   *[windows] If the program runs in WSL: its localhost forwarding is off, so localhost here does not reach it.
}
wsl-localhost-why = { $side ->
    [linux] WSL runs in NAT mode here: Linux has a network of its own, and Windows is at { $windows_host }.
   *[windows] The .wslconfig file turns localhostForwarding off, so localhost on Windows leads only to Windows' own programs.
}
wsl-localhost-step-1 = { $side ->
    [linux] Connect to { $windows_host } instead, and let the Windows program listen on that address (and its firewall allow it).
   *[windows] Set localhostForwarding=true in the [wsl2] part of .wslconfig, then run wsl --shutdown.
}
wsl-localhost-step-2 = Or switch WSL to mirrored networking (networkingMode=mirrored in .wslconfig, Windows 11 22H2 or later): then both sides share localhost.

proxy-pac-not-run-headline = A proxy auto-configuration script decides which proxy web traffic takes here, and Port Doctor does not run it.
proxy-pac-not-run-why = The script at { $url } may send the connection to { $host } through a proxy, which this check did not look at.
proxy-pac-not-run-step-1 = Ask whoever looks after this computer which proxy the script picks for { $host }, and whether it is running.
proxy-pac-not-run-step-2 = Or open { $url } in a browser: the script is a short text that names its proxies.

containers-not-seen-headline = Programs in containers could not be looked at.
containers-not-seen-why = Seeing containers' port forwards and other users' programs in their own networks needs admin rights, so a container that stands behind port { $port } would not show here.
containers-not-seen-step-1 = Run Port Doctor as admin (sudo) to look at containers too.
