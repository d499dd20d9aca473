# Port Doctor — catálogo de mensagens em português do Brasil (pt-BR).
#
# Toda frase que uma pessoa lê vem daqui. Uma constatação com código X usa
#   X-headline  (a resposta, 12 palavras no máximo)
#   X-why       (duas frases no máximo)
#   X-step-1 .. X-step-3  (o que fazer, numerado)
#   X-ruled-out (uma frase, quando as regras descartaram esta causa)
# Palavras simples em cima; termos técnicos ficam nos detalhes para o suporte, não aqui.

## Palavras comuns

place-this-computer = seu computador
place-this-computer-start = Seu computador
status-problem = Problema encontrado
status-ok = Tudo certo
status-cant-tell = Não foi possível verificar
status-unclear = Sem resposta clara
confidence-certain = certo
confidence-likely = provável
confidence-possible = possível
section-why = Por que isso acontece
section-steps = O que fazer
section-how = Como sabemos
section-ruled-out = Descartado
section-also = Também é possível
section-helpdesk = Detalhes para o suporte
section-commands = As mesmas verificações, à mão
section-understood = O que lemos na mensagem
report-title = Relatório { $id } do Port Doctor
report-header = Relatório { $id } · { $time } · Port Doctor { $version } em { $os }
how-sure-certain = Com certeza: vimos isso diretamente.
how-sure-likely = Provável: combina com tudo o que vimos, mas não conseguimos ver isso diretamente.
how-sure-possible = Possível: é uma das explicações para o que vimos.
report-target = Destino: { $input } → { $host }, porta { $port }
report-redacted = Nada foi ocultado neste relatório.
# A label and its text, and a label over a list, in the plain-text report.
text-label = { $label }: { $text }
text-heading = { $label }:
# Between the items of a list of words ("2 user names, 1 host name").
list-separator = { ", " }
# The decimal sign of numbers such as 0.3 ms.
decimal-separator = ,

## Progresso (mostrado enquanto as verificações rodam)

progress-resolving = Buscando { $host } (espera máxima: { $seconds } s)…
progress-resolved = { $host } encontrado: { $addresses }
progress-probing = Tentando { $address } na porta { $port } (espera máxima: { $seconds } s)…
progress-probed = { $address }: { $outcome }
progress-still = Ainda verificando { $what }. Algumas redes demoram para responder.
progress-cancelled = Interrompido. Nada mais foi verificado.

## Linhas de "Como sabemos"

row-literal = { $host } já é um endereço; não foi preciso buscar.
row-resolved = { $host } foi encontrado: { $addresses } ({ $ms } ms).
row-not-resolved = A busca por { $host } não deu certo.
row-open = { $address } porta { $port }: um programa respondeu ({ $ms } ms).
row-open-hung-up = { $address } porta { $port }: um programa respondeu ({ $ms } ms) e encerrou a conexão na hora.
row-refused = { $address } porta { $port }: conexão recusada na hora ({ $ms } ms).
row-timeout = { $address } porta { $port }: sem resposta em { $ms } ms.
row-unreachable = { $address } porta { $port }: inacessível ({ $ms } ms).
row-ping-reply = { $address } responde ao ping ({ $ms } ms).
row-ping-none = { $address } não responde ao ping.
row-trace = O caminho até { $address }: { $hops }.
progress-tracing = Procurando onde param os pacotes para { $address }…
row-not-here = Este tipo de computador não mostra { $what }.
capability-listener-table = quais programas escutam em quais portas
capability-listen-queue = quantas conexões esperam por um programa
capability-queue-counters = quantas conexões um programa ocupado descartou
capability-icmp-sender = qual dispositivo recusou uma conexão
capability-trace = em que ponto do caminho os pacotes param
capability-firewall = as regras do firewall
row-local-error = { $address } porta { $port }: este computador não conseguiu tentar ({ $ms } ms).

## Respostas de uma verificação

reachable-headline = A porta { $port } de { $host } está respondendo.
reachable-why = Um programa em { $address } aceitou a conexão em { $ms } ms. O caminho até lá está aberto neste momento.
reachable-step-1 = Se o seu programa ainda falhar, cole aqui a mensagem de erro exata dele.
reachable-step-2 = Confira se o seu programa usa o mesmo endereço e a mesma porta.

dns-failure-headline = O nome { $host } não existe.
dns-failure-why = Os servidores de nomes responderam que nenhum computador se chama { $host }. Em geral, é um erro de digitação ou um nome que só funciona dentro de outra rede.
dns-failure-step-1 = Confira como { $host } está escrito.
dns-failure-step-2 = Se o nome só funciona no escritório ou em uma VPN, conecte-se primeiro a essa rede.
dns-failure-step-3 = Verifique novamente depois de corrigir o nome.
dns-failure-ruled-out = O nome { $host } foi encontrado: { $addresses }.

dns-no-address-headline = O nome { $host } não tem um endereço para conexão.
dns-no-address-why = O nome existe, mas não aponta para nenhum computador que este consiga alcançar. Talvez o responsável pelo nome ainda não o tenha configurado.
dns-no-address-step-1 = Confira se você tem o nome completo e correto.
dns-no-address-step-2 = Peça ao responsável por { $host } para adicionar um endereço a ele.

dns-no-answer-headline = Este computador não conseguiu buscar { $host }.
dns-no-answer-why = O serviço que transforma nomes em endereços não respondeu a tempo. O nome pode estar certo; o serviço de busca não está funcionando ou não pode ser alcançado.
dns-no-answer-step-1 = Confira se este computador está conectado à internet e verifique novamente.
dns-no-answer-step-2 = Se você usa uma VPN, conecte-se ou desconecte-se dela e tente de novo.
dns-no-answer-step-3 = Se isso continuar acontecendo, envie este relatório ao suporte de TI.

dns-error-headline = A busca por { $host } falhou.
dns-error-why = Este computador não conseguiu transformar o nome em um endereço. O sistema disse: { $detail }.
dns-error-step-1 = Confira se o nome tem erros de digitação e verifique novamente.
dns-error-step-2 = Se continuar falhando, envie este relatório ao suporte de TI.

no-listener-headline = { $from_outside ->
    [yes] Nada aceitou a conexão na porta { $port } de { $host }.
   *[no] Nenhum programa está respondendo na porta { $port } de { $host }.
}
no-listener-why = { $from_outside ->
    [yes] { $host_at_start } recusou a conexão na hora. Talvez nenhum programa esteja usando essa porta lá, ou um firewall tenha bloqueado a conexão. Daqui, os dois casos parecem iguais.
   *[no] { $host_at_start } respondeu na hora que nada aceita conexões na porta { $port }. Em geral, o programa não está em execução ou usa outra porta.
}
no-listener-step-1 = { $from_outside ->
    [yes] Execute o Port Doctor diretamente em { $host }: lá ele consegue dizer qual dos dois é.
   *[no] Inicie ou reinicie o programa que deveria responder na porta { $port }.
}
no-listener-step-2 = { $from_outside ->
    [yes] Confira se o programa que deveria responder na porta { $port } está em execução lá.
   *[no] Confira qual porta o programa está configurado para usar.
}
no-listener-step-3 = { $this_computer ->
    [yes] Se ainda falhar, envie este relatório para quem cuida deste computador.
   *[no] Se { $host } não for seu, envie este relatório ao responsável por ele.
}
no-listener-ruled-out = Um programa responde na porta { $port } de { $host }.

closed-at-once-headline = { $this_computer ->
    [yes] O programa na porta { $port } deste computador está em execução, mas fechou a conexão logo que ela foi aberta.
   *[no] O programa na porta { $port } de { $host } está em execução, mas fechou a conexão logo que ela foi aberta.
}
closed-at-once-why = A conexão com { $address } foi feita, então o caminho até lá e a porta estão abertos. Depois, { $has_process ->
    [yes] { $process }
   *[no] o programa
} a encerrou na hora{ $reset ->
    [yes] , de forma brusca,
   *[no] {""}
} sem dizer nada. Os programas fazem isso quando eles mesmos recusam um cliente: uma lista de acesso (como hosts.allow e hosts.deny do TCP Wrappers), um limite de conexões atingido (como o MaxStartups do sshd), um serviço sobrecarregado ou uma porta que espera outro protocolo, como TLS.
closed-at-once-step-1 = { $this_computer ->
    [yes] Procure no log do programa por que ele fechou a conexão, e nas configurações dele quais clientes ele permite e quantos ao mesmo tempo.
   *[no] Peça a quem cuida de { $host } para procurar no log do programa por que ele fechou a conexão, e nas configurações dele quais clientes ele permite.
}
closed-at-once-step-2 = Se o programa estiver ocupado, espere um minuto e verifique novamente.
closed-at-once-step-3 = Confira se o seu programa usa o que esta porta espera (por exemplo, https e não http).

bound-elsewhere-headline = O programa na porta { $port } só aceita conexões em { $listen_address }.
bound-elsewhere-why = { $has_process ->
    [yes] { $process } escuta na porta { $port }, mas só em { $listen_address }, não em { $address }.
   *[no] Um programa escuta na porta { $port }, mas só em { $listen_address }, não em { $address }.
} { $loopback_only ->
    [yes] { $from_loopback ->
        [yes] Os dois são endereços deste computador, mas um programa só responde nos endereços em que escuta.
       *[no] Só programas neste mesmo computador conseguem alcançá-lo.
    }
   *[no] Conexões para outros endereços deste computador são recusadas.
}
bound-elsewhere-step-1 = { $this_computer ->
    [yes] Conecte-se a { $listen_address } em vez disso.
   *[no] Conecte-se a { $listen_address } em vez disso, se estiver no mesmo computador.
}
bound-elsewhere-step-2 = Ou configure o programa para escutar em todos os endereços (0.0.0.0 ou ::) e reinicie-o.
bound-elsewhere-step-3 = Verifique novamente depois da mudança.

wrong-port-headline = { $has_service ->
    [yes] { $service } está em execução, mas na porta { $other_port }, não na { $port }.
   *[no] Nada responde na porta { $port }, mas um programa responde na porta { $other_port }.
}
wrong-port-why = { $has_service ->
    [yes] { $process } escuta na porta { $other_port } deste computador. Seu programa procura por ele na porta { $port }, onde nada escuta.
   *[no] { $has_process ->
        [yes] { $process } escuta na porta { $other_port }, perto da porta que você pediu.
       *[no] Um programa escuta na porta { $other_port }, perto da porta que você pediu.
    } Talvez seja o programa que você queria, configurado para usar outra porta.
}
wrong-port-step-1 = Use a porta { $other_port } no seu programa, se for a certa.
wrong-port-step-2 = Ou configure o programa para usar a porta { $port } e reinicie-o.
wrong-port-step-3 = Verifique novamente depois da mudança.

service-not-running-headline = { $service } não está em execução em { $host }.
service-not-running-why = Nada escuta na porta { $port }, e nenhum programa { $service } está em execução. Ele pode ter parado, não ter conseguido iniciar ou não estar instalado aqui.
service-not-running-step-1 = Inicie { $service } (como serviço ou manualmente).
service-not-running-step-2 = Se ele parar de novo na hora, leia o log dele: o motivo costuma estar lá.
service-not-running-step-3 = Verifique novamente quando ele estiver em execução.

port-taken-headline = { $has_process ->
    [yes] { $has_service ->
        [yes] A porta { $port } está sendo usada por { $process }, não por { $service }.
       *[no] A porta { $port } está sendo usada por { $process }.
    }
   *[no] Outro programa ocupa a porta { $port } sem responder nela.
}
port-taken-why = { $has_process ->
    [yes] { $process }{ $has_pid ->
        [yes] {" "}(PID { $pid })
       *[no] {""}
    } ocupa a porta { $port }. Enquanto isso, { $has_service ->
        [yes] { $service }
       *[no] outro programa
    } não pode usar essa porta: não consegue iniciar ou responde em outro lugar.
   *[no] Algo neste computador abriu a porta { $port }, mas não aceita conexões nela. Um servidor que precise dessa porta não consegue iniciar.
}
port-taken-step-1 = { $has_process ->
    [yes] Encerre { $process } ou passe um dos dois programas para outra porta.
   *[no] Encontre e encerre o programa que ocupa a porta { $port }, ou use outra porta.
}
port-taken-step-2 = Depois, inicie o programa de que você precisa e verifique novamente.

privileged-port-headline = Aqui, programas sem permissão de administrador não podem abrir a porta { $port }.
privileged-port-why = Neste computador, as portas abaixo de { $threshold } são reservadas a administradores. Um programa iniciado por um usuário comum não pode escutar nelas, então ele pode não ter conseguido iniciar.
privileged-port-step-1 = Use uma porta a partir de { $threshold } para o programa.
privileged-port-step-2 = Ou inicie-o com as permissões de que ele precisa (como serviço do sistema, por exemplo).

reserved-port-range-headline = O Windows reservou a porta { $port } para uso próprio.
reserved-port-range-why = As portas de { $range_start } a { $range_end } estão reservadas pelo Windows (muitas vezes para Hyper-V, WSL ou Docker). Nenhum programa pode abri-las.
reserved-port-range-step-1 = Use uma porta fora de { $range_start }–{ $range_end } para o programa.
reserved-port-range-step-2 = Ou peça a um administrador para mudar os intervalos reservados (netsh int ipv4 show excludedportrange protocol=tcp mostra a lista).

needs-admin-headline = Alguns detalhes exigem permissão de administrador.
needs-admin-why = { $count ->
    [one] Não conseguimos ver qual programa usa uma das portas, porque ele pertence a outro usuário.
   *[other] Não conseguimos ver quais programas usam { $count } das portas, porque eles pertencem a outros usuários.
} A resposta acima não depende disso, mas um administrador vê mais.
needs-admin-step-1 = Execute o Port Doctor de novo como administrador para ver todos os programas.

backlog-overflow-headline = { $has_process ->
    [yes] { $process } na porta { $port } está ocupado demais para aceitar novas conexões.
   *[no] O programa na porta { $port } está ocupado demais para aceitar novas conexões.
}
backlog-overflow-why = Há { $waiting } conexões esperando e espaço para { $backlog }, então as novas são descartadas. O outro lado espera e desiste, como se não houvesse nada ali.
backlog-overflow-step-1 = Verifique o programa: ele pode estar travado ou lento demais para dar conta. Reiniciá-lo esvazia a fila.
backlog-overflow-step-2 = { $has_somaxconn ->
    [yes] Se ele só estiver muito ocupado, aumente a fila de espera dele (opção backlog; este sistema permite até { $somaxconn }).
   *[no] Se ele só estiver muito ocupado, aumente a fila de espera dele (opção backlog).
}
backlog-overflow-step-3 = Depois, verifique novamente.

ipv6-ipv4-mismatch-headline = A porta { $port } responde em só um dos endereços de { $host }.
ipv6-ipv4-mismatch-why = { $host_at_start } tem dois tipos de endereço. Responde em { $works_address }, mas não em { $fails_address }, e alguns programas só tentam o segundo.
ipv6-ipv4-mismatch-step-1 = Use o endereço que funciona: { $works_address }.
ipv6-ipv4-mismatch-step-2 = Ou configure o programa em { $host } para escutar nos dois tipos de endereço.
ipv6-ipv4-mismatch-step-3 = Verifique novamente depois da mudança.

some-addresses-fail-headline = { $failed } de { $total } endereços de { $host } não respondem na porta { $port }.
some-addresses-fail-why = { $host_at_start } tem vários endereços. Alguns respondem e outros não, então um programa pode funcionar uma vez e falhar na seguinte.
some-addresses-fail-step-1 = Avise o responsável por { $host } que { $fails_address } não responde.
some-addresses-fail-step-2 = Até que isso seja corrigido, use um endereço que funcione.

timeout-headline = { $host_at_start } não respondeu na porta { $port }.
timeout-why = Nada voltou em { $seconds } segundos. { $ping ->
    [replied] { $host_at_start } responde ao ping, então está ligado: algo descarta as conexões com a porta { $port }, em geral um firewall.
    [silent] { $host_at_start } também não responde ao ping: pode estar desligado ou inacessível, ou um firewall descarta tudo.
   *[other] Em geral, um firewall descarta a conexão sem avisar, ou o computador está desligado ou ocupado.
}
timeout-step-1 = { $ping ->
    [replied] Pergunte ao responsável por { $host } se um firewall bloqueia a porta { $port }.
   *[other] Confira se { $host } está ligado e conectado.
}
timeout-step-2 = { $ping ->
    [replied] Peça também para conferirem se o programa na porta { $port } está em execução e não está sobrecarregado.
   *[other] Pergunte ao responsável por { $host } se um firewall bloqueia a porta { $port }.
}
timeout-step-3 = Verifique novamente; se ainda falhar, envie este relatório.
timeout-ruled-out = { $host_at_start } respondeu rápido, então nada no caminho está bloqueando a conexão em silêncio.

firewall-reject-headline = Um firewall recusou a conexão com a porta { $port }.
firewall-reject-why = { $sender_where ->
    [target] { $host_at_start } respondeu diretamente com uma mensagem que bloqueia a porta { $port }.
    [path] Um dispositivo no caminho ({ $sender }) respondeu com uma mensagem que bloqueia a porta { $port }.
    [this-computer] Um firewall neste computador bloqueou a conexão antes que ela saísse.
    [rule-target] O firewall de { $host } tem uma regra que recusa conexões com a porta { $port }.
    [rule-here] O firewall deste computador tem uma regra que bloqueia conexões com a porta { $port }.
   *[unknown] A conexão foi bloqueada antes de chegar a um programa em { $host }.
} { $sender_where ->
    [rule-target] De fora, isso parece igual a "nada está escutando".
    [rule-here] A conexão nunca saiu deste computador.
   *[other] Programas que funcionam normalmente não respondem assim, então a causa costuma ser uma regra de firewall.
}
firewall-reject-step-1 = Peça ao responsável por { $host } para liberar a porta { $port } no firewall.
firewall-reject-step-2 = { $sender_where ->
    [rule-target] Envie este relatório: ele mostra qual é a regra.
    [rule-here] Envie este relatório: ele mostra qual é a regra.
   *[other] Envie este relatório: ele mostra quem enviou o bloqueio.
}
firewall-reject-step-3 = Verifique novamente depois que a regra for alterada.

firewall-drop-headline = Um firewall descarta em silêncio as conexões com a porta { $port }.
firewall-drop-why = { $place ->
    [path] Os pacotes para { $host } chegam até { $last_hop } ({ $last_ttl ->
        [one] a um passo
       *[other] a { $last_ttl } passos
    } de distância), e depois nada volta. Provavelmente um firewall em { $last_hop } ou depois dele os descarta.
    [target] { $by_policy ->
        [yes] O firewall de { $host } descarta tudo o que não permite, e a porta { $port } não é permitida.
       *[no] O firewall de { $host } tem uma regra que descarta conexões com a porta { $port } sem responder.
    }
   *[other] { $by_policy ->
        [yes] O firewall deste computador descarta tudo o que não permite, e a porta { $port } não é permitida.
       *[no] O firewall deste computador tem uma regra que descarta conexões com a porta { $port } antes que elas saiam.
    }
} Seu programa espera uma resposta que nunca chega e depois desiste.
firewall-drop-step-1 = Peça ao administrador de { $host } para liberar a porta { $port } no firewall.
firewall-drop-step-2 = { $place ->
    [path] Envie este relatório: ele mostra onde os pacotes param.
   *[other] Envie este relatório: ele mostra qual é a regra.
}
firewall-drop-step-3 = Verifique novamente depois da mudança.
firewall-drop-ruled-out = { $place ->
    [both] Nenhuma regra de firewall deste computador bloqueia a porta { $port }.
   *[other] Nenhuma regra de firewall deste computador bloqueia conexões com a porta { $port }.
}

firewall-not-read-headline = Não foi possível ler as regras do firewall.
firewall-not-read-why = { $unavailable ->
    [yes] O firewall não respondeu às nossas perguntas neste computador (permissão de administrador não mudaria isso), então não conseguimos verificar se uma regra bloqueia a porta { $port }.
   *[no] Ler o firewall exige permissão de administrador, então não conseguimos verificar se uma regra bloqueia a porta { $port }.
}
firewall-not-read-step-1 = { $unavailable ->
    [yes] Para ver as regras mesmo assim, execute: { $command }
   *[no] Execute o Port Doctor como administrador ou peça a um administrador para executar: { $command }
}

icmp-blocked-but-tcp-fine-headline = { $address } ignora o ping, mas a porta responde.
icmp-blocked-but-tcp-fine-why = Muitos computadores são configurados para não responder ao ping. Isso é normal e não é o motivo de uma conexão falhar.
icmp-blocked-but-tcp-fine-step-1 = Não use o ping para testar este computador; verifique a porta dele.

host-unreachable-headline = { $no_neighbour ->
    [yes] { $host_at_start } não está na rede agora: nada respondeu nesse endereço.
   *[no] { $host_at_start } não pode ser alcançado a partir deste computador.
}
host-unreachable-why = { $no_neighbour ->
    [yes] { $host } está na rede local deste computador, e este computador perguntou quem tem esse endereço. Nenhum dispositivo respondeu. O computador lá está desligado, desconectado, em suspensão ou tem outro endereço agora.
   *[no] { $has_sender ->
        [yes] Um dispositivo no caminho ({ $sender }) disse que não consegue entregar nada a { $host }.
       *[no] Este computador não encontrou um caminho para entregar algo a { $host }.
    } O computador pode estar desligado, desconectado ou em uma rede em que você não está.
}
host-unreachable-step-1 = { $no_neighbour ->
    [yes] Confira se o computador em { $host } está ligado e conectado, e se o endereço dele ainda é { $host }.
   *[no] Confira se { $host } está ligado e conectado.
}
host-unreachable-step-2 = Se ele estiver em outra rede, conecte-se primeiro a essa rede ou à VPN.
host-unreachable-step-3 = Verifique novamente; se ainda falhar, envie este relatório.
host-unreachable-ruled-out = { $host_at_start } pode ser alcançado: ele respondeu.

network-unreachable-headline = Este computador não tem como chegar à rede de { $host }.
network-unreachable-why = { $has_sender ->
    [yes] Um dispositivo no caminho ({ $sender }) disse que não tem rota para essa rede.
   *[no] Este computador não tem rota para essa rede.
} Talvez você esteja sem internet, ou o endereço seja de uma rede à qual você não está conectado.
network-unreachable-step-1 = Confira se este computador está conectado à internet.
network-unreachable-step-2 = Se o endereço for de uma rede da empresa, conecte-se primeiro à VPN dela.
network-unreachable-step-3 = Verifique novamente depois de se conectar.

no-route-here-headline = Este computador não tem como enviar nada para { $host }.
no-route-here-why = Nada saiu deste computador: as configurações de rede dele não têm rota para { $address }. A causa está aqui, não em { $host }.
no-route-here-step-1 = Confira se este computador está conectado à internet, pelo Wi-Fi ou por cabo.
no-route-here-step-2 = Se { $host } estiver em uma rede da empresa, conecte-se primeiro à VPN dela.
no-route-here-step-3 = Se ainda falhar, envie este relatório ao suporte de TI: ele mostra a rota.

local-error-headline = Este computador não conseguiu iniciar a conexão com { $host }.
local-error-why = { $reason ->
    [no-free-port] Este computador ficou sem portas livres para novas conexões.
    [too-many-files] Este programa tem arquivos e conexões abertos demais.
    [permission] Algo neste computador não permite a conexão.
   *[other] Algo neste computador interrompeu a conexão antes que ela saísse.
} O problema está neste computador, não em { $host }.
local-error-step-1 = Feche os programas de que você não precisa e verifique novamente.
local-error-step-2 = Se continuar acontecendo, reinicie este computador.
local-error-step-3 = Se ainda falhar, envie este relatório ao suporte de TI.

## Respostas a partir de uma mensagem colada (sem usar a rede)

message-refused-headline = { $has_host ->
    [yes] { $host } recusou a conexão{ $has_port ->
        [yes] {" "}na porta { $port }
       *[no] {""}
    }.
   *[no] O outro computador recusou a conexão.
}
message-refused-why = Isso significa que o computador foi alcançado, mas nenhum programa aceitou a conexão. Em geral, o programa não está em execução, usa outra porta, ou um firewall recusa a conexão.
message-refused-step-1 = Faça uma verificação completa para descobrir qual é o caso.
message-refused-step-2 = Confira se o programa que você quer alcançar está em execução.

message-timeout-headline = { $has_host ->
    [yes] { $host } não respondeu a tempo.
   *[no] O outro computador não respondeu a tempo.
}
message-timeout-why = Nada voltou antes de o seu programa desistir. Em geral, um firewall descarta a conexão sem avisar, ou o computador está desligado ou inacessível.
message-timeout-step-1 = Faça uma verificação completa para ver onde a conexão para.
message-timeout-step-2 = Confira se o computador está ligado e se você está na rede ou VPN certa.

message-unreachable-headline = { $has_host ->
    [yes] Não foi possível alcançar { $host }.
   *[no] Não foi possível alcançar o outro computador.
}
message-unreachable-why = Não foi encontrado nenhum caminho para entregar algo a esse computador. Ele pode estar desligado ou em uma rede à qual você não está conectado.
message-unreachable-step-1 = Confira se você está na rede ou VPN certa.
message-unreachable-step-2 = Faça uma verificação completa para ver onde a conexão para.

message-dns-headline = { $has_host ->
    [yes] O nome { $host } não foi encontrado.
   *[no] Um nome de computador não foi encontrado.
}
message-dns-why = Seu programa não conseguiu transformar o nome em um endereço. Em geral, o nome tem um erro de digitação ou só funciona em outra rede.
message-dns-step-1 = Confira como o nome está escrito.
message-dns-step-2 = Se for um nome interno, conecte-se à rede do escritório ou à VPN.

message-reset-headline = { $has_host ->
    [yes] { $host } cortou a conexão.
   *[no] O outro computador cortou a conexão.
}
message-reset-why = A conexão foi feita e depois fechada de repente pelo outro lado. Um programa que travou, um proxy ou um dispositivo de segurança costumam fazer isso.
message-reset-step-1 = Tente de novo; se acontecer toda vez, envie este relatório ao responsável pelo servidor.
message-reset-step-2 = Confira se há um proxy ou uma VPN no caminho.

message-tls-headline = Não foi possível estabelecer a conexão segura{ $has_host ->
    [yes] {" "}com { $host }
   *[no] {""}
}.
message-tls-why = O computador foi alcançado, mas os dois lados não conseguiram combinar uma conexão segura. A causa costuma ser um certificado vencido ou errado, ou um dispositivo que inspeciona o tráfego.
message-tls-step-1 = Confira se a data e a hora deste computador estão certas.
message-tls-step-2 = Envie este relatório ao responsável pelo servidor.

unix-socket-headline = { $client ->
    [docker] O serviço do Docker não está em execução ou não pode ser alcançado.
   *[other] O serviço local que o seu programa usa não está em execução.
}
unix-socket-why = Seu programa se comunica com um serviço neste mesmo computador por meio de um arquivo especial{ $socket ->
    [none] {""}
   *[other] {" "}({ $socket })
}. O arquivo não existe ou nada responde nele, o que em geral significa que o serviço está parado.
unix-socket-step-1 = { $client ->
    [docker] Inicie o Docker (o Docker Desktop ou o serviço docker).
    [postgresql] Inicie o serviço do PostgreSQL.
    [mysql] Inicie o serviço do MySQL.
   *[other] Inicie o serviço de que o seu programa precisa.
}
unix-socket-step-2 = Confira se o seu usuário tem permissão para usá-lo.

localhost-ipv6-first-headline = { $has_works_address ->
    [yes] O programa na porta { $port } escuta em { $works_address }, mas a conexão foi para ::1.
   *[no] O servidor pode estar escutando em só um tipo de endereço local.
}
localhost-ipv6-first-why = { $has_works_address ->
    [yes] O nome localhost corresponde a dois endereços deste computador: ::1 (o tipo mais novo) e 127.0.0.1. { $has_process ->
        [yes] { $process } escuta
       *[no] O programa escuta
    } só em { $works_address }, e o seu programa tentou ::1, onde nada escuta.
   *[no] Seu programa tentou primeiro o endereço local mais novo, ::1. Muitos servidores de desenvolvimento escutam só em 127.0.0.1, então não são encontrados em ::1.
}
localhost-ipv6-first-step-1 = { $has_works_address ->
    [yes] Conecte-se a { $works_address } em vez de localhost.
   *[no] Conecte-se a 127.0.0.1 em vez de localhost.
}
localhost-ipv6-first-step-2 = Ou inicie o servidor de modo que ele escute nos dois endereços.

message-unrecognized-headline = Nenhum erro de conexão foi encontrado neste texto.
message-unrecognized-why = O texto não parece o erro de um programa que não conseguiu se conectar. Cole a mensagem exata ou digite o endereço que você tentava alcançar.
message-unrecognized-step-1 = Copie a mensagem de erro inteira, com o endereço e a porta, se houver.
message-unrecognized-step-2 = Ou digite o endereço, como db1.example.com:5432.
message-host-unset-headline = Seu programa não recebeu o nome do computador ao qual deve se conectar.
message-host-unset-why = Ele tentou chegar a um computador chamado "{ $word }". Os programas escrevem essa palavra quando uma configuração não tem valor: a configuração com o nome ou o endereço do servidor está faltando, vazia ou escrita errado.
message-host-unset-step-1 = Encontre a configuração que indica o servidor, muitas vezes em um arquivo .env ou de configuração (por exemplo DB_HOST ou REDIS_URL), e coloque nela o nome ou o endereço do servidor.
message-host-unset-step-2 = Inicie o programa de novo a partir de onde ele lê essa configuração: a mesma pasta, ou a mesma janela em que a variável está definida.

## Erros no que foi digitado

target-error-empty = Digite o endereço que você tentava alcançar, como db1.example.com:5432.
target-error-too-long = Isso tem { $length } caracteres. Um endereço é bem mais curto; cole só o endereço ou a mensagem de erro.
target-error-control-character = O texto tem um caractere de controle invisível na posição { $position }. Digite o endereço de novo.
target-error-spaces = Um endereço não tem espaços. Escreva como db1.example.com:5432 ou "db1 postgres".
target-error-missing-port = Adicione o número da porta, como { $host }:443.
target-error-port-zero = A porta 0 não pode ser usada. As portas vão de 1 a 65535.
target-error-port-out-of-range = A porta { $port } não existe. As portas vão de 1 a 65535.
target-error-bad-port = "{ $port }" não é um número de porta nem um serviço que conhecemos, como 5432 ou postgres.
target-error-empty-host = Falta o nome do computador. Escreva como db1.example.com:5432.
target-error-invalid-ipv4 = { $host } não é um endereço válido. Cada um dos quatro números deve ir de 0 a 255.
target-error-invalid-ipv6 = { $host } não é um endereço válido. Confira e escreva-o entre colchetes com a porta, como [2001:db8::1]:443.
target-error-leading-dash = "{ $host }" não é um nome de computador: nenhuma parte de um nome começa com hífen.
target-error-bad-host-character = Um nome de computador não pode conter "{ $character }". Use letras, números, pontos e hífens.
target-error-host-too-long = Esse nome de computador é longo demais para ser real. Confira.
target-error-unknown-scheme = Não sabemos a porta padrão de "{ $scheme }". Adicione a porta, como { $scheme }://host:1234.

text-error-empty = Cole a mensagem de erro que você viu.
text-error-too-long = Esse texto é muito longo. Cole só as linhas com o erro.
text-error-unreadable = Não foi possível ler o texto: { $detail }.

duration-error = "{ $value }" não é uma duração. Escreva como 5s, 500ms ou 2m.

## Mensagens da linha de comando

cli-cancelled = Interrompido antes do fim das verificações.
cli-internal-error = O Port Doctor não conseguiu terminar: { $detail }.
cli-report-unreadable = Não foi possível abrir o relatório { $file }: { $detail }.
cli-save-failed = Não foi possível salvar o relatório em { $file }: { $detail }.
io-not-found = esse arquivo ou pasta não existe
io-permission-denied = esta conta não tem permissão para isso
io-already-exists = já existe algo com esse nome
io-is-a-directory = é uma pasta, não um arquivo
io-not-a-directory = parte do caminho é um arquivo, não uma pasta
io-read-only = o disco é somente leitura
io-storage-full = o disco está cheio
io-invalid-data = não é um texto que o Port Doctor consiga ler
io-timed-out = demorou demais
io-in-use = outro programa já usa esse endereço e essa porta
io-not-available = este computador não tem esse endereço
io-interrupted = foi interrompido
io-unexpected-eof = terminou antes do esperado

## O receptor de teste

listen-started = Receptor de teste aberto na porta { $port } por { $seconds } segundos. No outro computador, verifique o endereço deste computador com a porta { $port }. Pressione Ctrl-C para parar.
listen-greeting = Receptor de teste do Port Doctor na porta { $port }: você alcançou este computador, então o caminho pela rede funciona.
listen-connection = Chegou uma conexão de { $peer }; ela recebeu a mensagem de boas-vindas.
listen-closed = Receptor de teste fechado depois de { $count ->
    [one] uma conexão
   *[other] { $count } conexões
}.
listen-error-in-use = A porta { $port } já está sendo usada por outro programa, então o receptor de teste não pode abri-la.
listen-error-in-use-by = A porta { $port } já está sendo usada por { $owner }, então o receptor de teste não pode abri-la.
listen-error-permission = Só administradores podem abrir a porta { $port } neste computador (portas abaixo de { $threshold }). Escolha uma porta a partir de { $threshold } ou execute como administrador.
listen-error-not-local = Esse endereço não pertence a este computador.
listen-error-address = "{ $address }" não é um endereço deste computador, como 127.0.0.1 ou ::1.
listen-error-other = O receptor de teste não conseguiu abrir a porta { $port }: { $detail }.
listen-error-low-port = A porta { $port } está abaixo de { $lowest }: pela página do navegador, os receptores de teste só abrem em portas a partir de { $lowest }. Inicie o Port Doctor com portdoctor serve --allow-privileged-ports para abrir portas mais baixas, ou use portdoctor listen { $port }.
listen-error-too-many = { $count ->
    [one] Já há um receptor de teste aberto. Feche-o primeiro.
   *[other] Já há { $count } receptores de teste abertos. Feche um deles primeiro.
}

## Resultados de uma tentativa de conexão

outcome-open = respondeu
outcome-refused = conexão recusada
outcome-timeout = sem resposta
outcome-unreachable = inacessível
outcome-local_error = não foi possível tentar

## portdoctor listeners

listeners-none = Nenhum programa está aguardando conexões neste computador.
listeners-none-on-port = Nenhum programa está escutando na porta { $port } deste computador.
listeners-limited = Pode faltar parte da lista: { $detail }.
listeners-unknown-program = Um programa do usuário { $user }
listeners-program-pid = O programa com PID { $pid }
listeners-owner-unknown = Um programa que o sistema não identifica
listeners-owner-hidden = Um programa que não podemos ver
listeners-reach-local = acessível: só deste computador
listeners-reach-network = acessível: pela rede
listeners-reach-address = acessível: só em { $address }
listeners-queue = na fila: { $waiting } de { $backlog }
listeners-hidden = { $count ->
    [one] Um programa está oculto: só administradores podem ver programas de outros usuários. Execute como administrador para vê-lo.
   *[other] { $count } programas estão ocultos: só administradores podem ver programas de outros usuários. Execute como administrador para vê-los.
}
listeners-hidden-admin = { $count ->
    [one] Não foi possível identificar um programa: ele roda fora do que este sistema mostra (por exemplo, em outro contêiner).
   *[other] Não foi possível identificar { $count } programas: eles rodam fora do que este sistema mostra (por exemplo, em outro contêiner).
}
listeners-unknown = { $count ->
    [one] O sistema não diz qual programa ocupa uma destas portas; permissão de administrador também não mostraria.
   *[other] O sistema não diz quais programas ocupam { $count } destas portas; permissão de administrador também não mostraria.
}
service-error-unknown = Não conhecemos um serviço chamado "{ $service }". Tente um nome como postgres, mysql, redis, ssh ou https.

## O que a caixa de texto entendeu (mostrado enquanto você digita)

understood-target = Verificar { $host }, porta { $port }.
understood-message = Uma mensagem de erro: { $failure }.
understood-message-target = Uma mensagem de erro: { $failure }, em { $host }, porta { $port }.
understood-nothing = Isso não parece um endereço nem uma mensagem de erro. Digite um endereço como db1.example.com:5432 ou cole o erro que você viu.
understood-no-target = A mensagem não diz qual computador e qual porta foram tentados, então não há o que verificar. Digite o endereço.
failure-refused = a conexão foi recusada
failure-timeout = não houve resposta a tempo
failure-unreachable = não foi possível alcançar o computador
failure-dns = o nome não foi encontrado
failure-reset = a conexão foi cortada
failure-unix_socket = um serviço local não está em execução
failure-tls = a conexão segura falhou
failure-other = nenhuma causa informada

## Relatórios abertos ou salvos

report-error-unreadable = Este arquivo não é um relatório do Port Doctor que conseguimos ler: { $detail }.
report-error-too-large = Este arquivo é grande demais para ser um relatório do Port Doctor.
report-error-format = "{ $format }" não é um formato de relatório. Use text, markdown ou json.

## Modo navegador (portdoctor serve)

serve-started = O Port Doctor está pronto em { $url }
serve-how = Abra esse endereço em um navegador neste computador. Por SSH, encaminhe a porta primeiro: ssh -L { $port }:127.0.0.1:{ $port } ESTE-SERVIDOR, depois abra o endereço no seu próprio computador. Pressione Ctrl-C para parar.
serve-error-bind = O Port Doctor não conseguiu abrir a porta { $port } para a página do navegador: { $detail }.
serve-error-forbidden = Este endereço só responde à própria página do Port Doctor, aberta com o endereço que o Port Doctor mostrou.
serve-error-not-found = Não há nada neste endereço.
ui-stopped-found = O que a verificação encontrou antes de ser interrompida:
ui-server-error = O servidor do Port Doctor deu uma resposta que não é dele (código { $status }). O portdoctor serve ainda está em execução?
ui-no-token = Esta página foi aberta sem a chave dela, então não pode verificar nada. Abra o endereço que o portdoctor serve mostrou: ele termina em ?token= e um número longo.
serve-error-bad-request = Não foi possível ler a solicitação: { $detail }.
serve-error-too-large = Esta solicitação é grande demais para o Port Doctor. Um arquivo de relatório tem no máximo 4 MB.
serve-error-body = A solicitação foi interrompida antes de chegar inteira.
serve-error-busy = O Port Doctor já está fazendo { $count } verificações pela página do navegador. Espere uma terminar e tente de novo.
serve-error-code = Este link já foi aberto ou é antigo demais. Abra o endereço que o Port Doctor mostrou no terminal.
serve-opened = A página do navegador foi aberta com o link de uso único; o link não funciona mais.
serve-no-ui = Esta versão do Port Doctor não tem a página do navegador embutida. Compile o Port Doctor com scripts/run.sh ou use a linha de comando.

## O assistente

# Em todas as telas
ui-app-name = Port Doctor
language-name = Português (Brasil)
ui-language = Idioma
ui-save-filter = Relatório do Port Doctor ({ $ext })
ui-save-title = Salvar o relatório
ui-new-check = Verificar outra coisa
ui-copy = Copiar
ui-copy-command = Copiar o comando { $command }
ui-copied-command = Copiado: { $command }
ui-copy-failed = Não foi possível copiar aqui. Selecione o texto e copie manualmente.

# Tela 1: o que você tentava acessar?
ui-input-heading = O que você tentava acessar?
ui-input-hint = Digite um endereço como db1.example.com:5432 ou um endereço da web, ou cole a mensagem de erro que você viu.
ui-input-keys = Pressione Enter para começar. Em uma mensagem de várias linhas, pressione Ctrl+Enter.
ui-check = Verificar
ui-explain = Explicar a mensagem
ui-open-report = Abrir um relatório
ui-open-report-hint = Um relatório que alguém salvou com o Port Doctor. Nada nele é executado.

# Tela 2: verificações em andamento
ui-running-heading = Verificando { $target }
ui-running-heading-plain = Verificando
ui-steps-label = Verificações até agora
ui-step-running = verificando
ui-step-ok = sem problema
ui-step-problem = problema
ui-step-info = anotado
ui-step-waiting = Iniciando as verificações…
ui-still-resolve = o nome
ui-still-probe = { $address }
ui-still-trace = o caminho até { $address }
ui-still-other = a conexão
ui-cancel = Parar
ui-cancel-keys = Pressione Esc para parar.

# Tela 3: a resposta
ui-status-fixed = Corrigido
ui-status-not-fixed = Não corrigido
ui-no-answer = As verificações não encontraram nada a informar.
ui-explained-note = Só lemos a mensagem. Nada foi verificado na rede ainda.
ui-opened-label = Relatório aberto
ui-opened-note = Do arquivo { $file }, criado em { $time } ({ $os }).
ui-opened-safe = Ele mostra o que aquele computador viu. Nada nele foi executado aqui.
ui-opened-when = Criado em { $local }, no seu horário ({ $utc }).
ui-opened-typed = O que a pessoa pediu para verificar:
ui-opened-pasted = A mensagem que a pessoa colou:
ui-opened-earlier = Verificações que a pessoa fez antes desta:
ui-path-computer-theirs = Computador da pessoa
ui-ask-port = Qual porta você tentou em { $host }?
ui-ask-port-hint = Olhe o endereço que você abriu: o número depois dos dois-pontos, como em localhost:3000. Sem número, as páginas da web usam 80 (http) ou 443 (https).
ui-ask-port-check = Verificar esta porta
ui-ask-port-invalid = Digite um número de porta de 1 a 65535.
ui-status-way-works = O caminho até esta porta funciona; seu programa não está em execução
ui-compare-fixed = O problema da última verificação não aparece mais.
ui-compare-not-fixed = A nova verificação encontrou o mesmo problema.
ui-compare-changed = O problema anterior não aparece mais, mas agora outra coisa falha.
ui-compare-broke = Isto funcionava na última verificação, mas agora falha.
ui-compare-still-fine = Continua funcionando, como na última verificação.
ui-compare-test-listener = Quem respondeu foi o receptor de teste do Port Doctor, não o seu programa. O caminho até esta porta funciona.
ui-recheck-failed = A nova verificação não pôde terminar, então esta ainda é a última resposta. { $message }
ui-recheck-cancelled = A nova verificação foi interrompida, então esta ainda é a última resposta.
ui-action-check-again = Verificar novamente
ui-action-run-check = Fazer uma verificação completa
ui-action-open-test-listener = Abrir um receptor de teste na porta { $port }
ui-action-copy-admin-command = Copiar o comando para um administrador
ui-action-copy-admin-command-os = Copiar o comando para um administrador ({ $os })
ui-action-send-report = Enviar este relatório
ui-action-copy-address = Copiar { $address }
ui-listener-open = Há um receptor de teste aberto na porta { $port } por { $minutes } minutos.
ui-listener-how = No outro computador, conecte-se a este computador na porta { $port }. Ele responde com esta linha:
ui-listener-stop = Parar o receptor de teste na porta { $port }
ui-listener-closed = O receptor de teste na porta { $port } foi fechado.
section-couldnt = O que não conseguimos verificar

# A imagem do caminho
ui-path-heading = O caminho até { $host }
ui-path-heading-plain = O caminho até o programa
ui-path-computer = Este computador
ui-path-network = Rede
ui-path-firewall = Firewall
ui-path-server = Servidor
ui-path-program = Programa
ui-path-port = porta { $port }
ui-path-ok = funciona
ui-path-problem = problema aqui
ui-path-probable = provavelmente aqui
ui-path-unknown = desconhecido
ui-path-not-reached = não alcançado
ui-path-unplaced = A imagem não consegue mostrar onde está este problema. A resposta acima diz o que encontramos.

# Linhas de "Como sabemos"
ui-mark-ok = sem problema
ui-mark-problem = problema
ui-mark-info = observação
ui-mark-cant = não verificado
ui-mark-ruled-out = descartado
row-listener = { $process } escuta na porta { $port } em { $address }.
row-listener-unknown = Um programa escuta na porta { $port } em { $address }.
row-firewall-clear = Nenhuma regra do firewall deste computador trata da porta { $port }.
row-firewall-rules = { $count ->
    [one] Uma regra do firewall deste computador trata da porta { $port }.
   *[other] { $count } regras do firewall deste computador tratam da porta { $port }.
}
row-firewall-limited = Não foi possível ler parte do firewall: { $detail }.
row-ping-not-possible = Não foi possível tentar o ping a partir deste computador.
row-trace-limited = Não foi possível rastrear o caminho: { $detail }.
row-service-running = { $service } está em execução: { $programs }.
row-service-stopped = Nenhum programa { $service } está em execução neste computador.
row-bind-free = Um programa pode abrir a porta { $port } neste computador.
row-bind-in-use = A porta { $port } já está ocupada por um programa neste computador.
row-bind-denied = Só administradores podem abrir a porta { $port } neste computador.
row-bind-reserved = O Windows reserva a porta { $port } para uso próprio.
row-queue-dropped = { $count ->
    [one] Uma conexão foi descartada durante a verificação, porque um programa estava ocupado demais.
   *[other] { $count } conexões foram descartadas durante a verificação, porque um programa estava ocupado demais.
}
read-client = Programa: { $client }
read-failure = O que aconteceu: { $failure }
read-host = Computador: { $host }
read-port = Porta: { $port }
read-port-implied = Porta: { $port } (a porta padrão; não está na mensagem)
read-code = Código na mensagem: { $code }
read-socket = Arquivo local: { $path }

# Detalhes para o suporte
ui-helpdesk-evidence = O que vimos
ui-helpdesk-id = ID do relatório: { $id }
helpdesk-run = Verificado em { $os } { $admin ->
    [yes] como administrador
   *[no] sem permissão de administrador
}; cada etapa podia levar no máximo { $seconds } s.
os-unix = Linux e macOS
os-linux = Linux
os-macos = macOS
os-windows = Windows
os-any = Qualquer sistema
os-other = outro sistema
section-origin = De onde vem este relatório
section-data = Dados do relatório
report-data-note = O Port Doctor também abre este arquivo: ele mostra o relatório no idioma de quem lê. Nada nele é executado.
origin-checked = Verificado em um computador com { $os } em { $time }, { $admin ->
    [yes] como administrador.
   *[no] sem permissão de administrador.
}
origin-read = Uma mensagem lida em um computador com { $os } em { $time }; nada foi verificado.
origin-tried-typed = O que a pessoa pediu para verificar: { $tried }
origin-tried-pasted = A mensagem que a pessoa colou: { $tried }
origin-newer = Uma versão mais nova do Port Doctor criou este relatório ({ $version }, formato de relatório { $format }). Esta versão ({ $ours }) mostra o que conhece dele; atualize o Port Doctor para ver tudo.
origin-newer-holds = Uma versão mais nova do Port Doctor criou este relatório ({ $version }, formato de relatório { $format }). Esta versão ({ $ours }) não consegue mostrar tudo: { $what }. Atualize o Port Doctor para ver tudo.
origin-unknown-holds = Este relatório contém algo que este Port Doctor ({ $ours }) não consegue mostrar: { $what }.
origin-earlier = Verificado antes, em { $time }: { $status } ({ $code }).
origin-language = Idioma de quem enviou: { $language }

# Compartilhar
ui-share-heading = Compartilhar este relatório
ui-share-intro = Copie o resumo ou salve o relatório e envie o arquivo para quem está ajudando você. O ID identifica o relatório, para que vocês falem do mesmo. O ID sozinho não abre nada: envie o arquivo junto.
ui-report-id = ID do relatório
ui-copy-summary = Copiar resumo
ui-copied-summary = O resumo foi copiado. Cole em um e-mail, uma conversa ou um chamado.
ui-save-json = Salvar arquivo do relatório
ui-save-markdown = Salvar para um chamado
ui-saved = Salvo como { $name }.
ui-save-failed = Não foi possível salvar o relatório. { $message }
ui-contains-heading = O que o relatório contém
contains-target = O que você digitou e os endereços encontrados para isso.
contains-message = A mensagem de erro como a lemos: programa, computador, porta e código.
contains-checks = O resultado de cada verificação, com o tempo que levou.
contains-listeners = Os programas que aguardam conexões neste computador, com os nomes de usuário deles.
contains-listeners-hidden = Os programas que aguardam conexões neste computador. Os nomes de usuário ficam ocultos, exceto os de contas do sistema, como root.
contains-firewall = As regras de firewall deste computador para essa porta.
contains-answer = A resposta e o que foi descartado.
contains-system = O tipo de sistema e a versão do Port Doctor.
contains-rights = Se as verificações foram feitas com permissão de administrador.

## Modo invisível do macOS

stealth-mode-headline = Este Mac está no modo invisível: outros computadores não recebem nenhuma resposta.
stealth-mode-why = No modo invisível, o Mac fica em silêncio quando nada aceita uma conexão. Os outros computadores então esperam e desistem, em vez de receber na hora um "não há nada aqui".
stealth-mode-step-1 = Ao verificar este Mac de outro computador, conte com a falta de resposta, e não com uma recusa.
stealth-mode-step-2 = Um administrador pode desativar o modo invisível em Ajustes do Sistema, Rede, Firewall, Opções.

## Ocultar nomes antes de compartilhar (o relatório diz o que foi ocultado)

report-redacted-some = O que foi ocultado antes de compartilhar: { $hidden }. Quem receber este relatório verá no lugar um substituto, como host-1, sempre o mesmo, e não o nome real.
redacted-kept-target = Mantido: o servidor que você verificou, { $target }, e os endereços dele, para que quem ajuda você saiba qual você tentou.
redacted-count-user-names = { $count ->
    [one] um nome de usuário
   *[other] { $count } nomes de usuário
}
redacted-count-host-names = { $count ->
    [one] um nome de computador
   *[other] { $count } nomes de computador
}
redacted-count-public-addresses = { $count ->
    [one] um endereço público
   *[other] { $count } endereços públicos
}
redacted-none-user-names = Não havia nomes de usuário para ocultar.
redacted-none-host-names = Não havia nomes de computador para ocultar.
redacted-none-other-host-names = Não havia outros nomes de computador para ocultar.
redacted-none-public-addresses = Não havia endereços públicos para ocultar.
redacted-none-all = Não havia nomes de usuário, nomes de computador nem endereços públicos para ocultar.
redacted-none-other-all = Não havia outros nomes de usuário, nomes de computador nem endereços públicos para ocultar.
redacted-kept-user-names = Os nomes de usuário não foram ocultados.
redacted-kept-host-names = Os nomes de computador não foram ocultados.
redacted-kept-public-addresses = Os endereços públicos não foram ocultados.
ui-redact-heading = Ocultar antes de compartilhar
ui-redact-intro = O que você copiar ou salvar não inclui o que você marcar aqui. Esta tela continua mostrando tudo para você.
ui-redact-user-names = Ocultar nomes de usuário
ui-redact-host-names = Ocultar os nomes de outros computadores e servidores
ui-redact-target = Ocultar também o servidor que você verificou (assim, quem ajuda você não saberá qual foi)
ui-redact-public-addresses = Ocultar endereços públicos da internet
ui-redact-hint = Os nomes de contas do sistema, como root, continuam aparecendo. Eles não identificam ninguém e ajudam a achar a causa.
ui-redact-preview = Ver o resumo como ele será enviado
ui-redact-working = Preparando o relatório para compartilhar…
ui-redact-failed = Não foi possível preparar o relatório para compartilhar. { $message }

## Mais etapas de progresso

row-ping-reply-short = { $address } responde ao ping.
progress-traced = Caminho até { $address } rastreado.
progress-traced-stop = Os pacotes para { $address } param depois de { $hop }.
progress-inspecting = Examinando este computador: programas, portas e firewall…
progress-inspected = Programas, portas e firewall deste computador examinados.

# Evidências: os fatos em que um resultado se baseia, uma linha precisa cada, para o suporte.
owner-parts = ({ $parts })
owner-pid = PID { $pid }
owner-user = usuário { $user }
owner-uid = UID { $uid }
evidence-probe = { $address } { $outcome ->
        [open] aberta
        [refused] recusada
        [timeout] sem resposta
        [unreachable] inacessível
       *[local_error] não iniciada neste computador
    } em { $ms } ms{ $has_error ->
        [yes] {" "}({ $error })
       *[no] {""}
    }{ $has_icmp_type ->
        [yes] {" "}(ICMP tipo { $icmp_type }, código { $icmp_code }, de { $icmp_from })
       *[no] {""}
    }
evidence-hung-up = O servidor encerrou a conexão { $ms } ms depois de aberta, com { $reset ->
        [yes] uma redefinição (RST)
       *[no] um fechamento normal (FIN)
    }, antes de enviar qualquer coisa
evidence-no-listener = Nada aguarda conexões na porta { $port } deste computador (lista de portas)
evidence-listening = Escutando em { $address }{ $has_owner ->
        [yes] {" "}{ $owner }
       *[no] {""}
    }
evidence-service-listens = { $service } escuta em { $address }{ $has_owner ->
        [yes] {" "}{ $owner }
       *[no] {""}
    }
evidence-nearby = Perto: escutando em { $address }{ $has_owner ->
        [yes] {" "}{ $owner }
       *[no] {""}
    }
evidence-not-running = Nenhum destes programas está em execução: { $programs }
evidence-runs-without-port = { $service } está em execução { $running }, mas não escuta em nenhuma porta TCP que vemos
evidence-queue = { $address }{ $has_owner ->
        [yes] {" "}{ $owner }
       *[no] {""}
    }: { $has_waiting ->
        [yes] { $waiting }
       *[no] ?
    } aguardando, fila { $has_backlog ->
        [yes] { $backlog }
       *[no] ?
    }
evidence-queue-counters = Durante o teste: ListenOverflows { $overflows_before } → { $overflows_after } (+{ $added }), ListenDrops { $drops_before } → { $drops_after }
evidence-bind-denied = Ocupar a porta { $port } em { $address } sem permissão de administrador: { $has_error ->
        [yes] { $error }
       *[no] permissão negada
    }{ $has_unprivileged_from ->
        [yes] {" "}(a partir da porta { $unprivileged_from }, qualquer usuário pode)
       *[no] {""}
    }
evidence-excluded-range = A porta { $port } está no intervalo excluído { $start }–{ $end }
evidence-bind-in-use = Ocupar a porta { $port } em { $address }: { $has_error ->
        [yes] { $error }
       *[no] em uso
    }, embora nada escute ali
evidence-owner-hidden = O dono de { $address } não está visível{ $has_owner ->
        [yes] {" "}{ $owner }
       *[no] {""}
    }
evidence-holds = Outro programa{ $has_owner ->
        [yes] {" "}{ $owner }
       *[no] {""}
    } ocupa { $address }, não { $service }
evidence-trace = Rastreamento TCP até { $address }, porta { $port }: { $hops } (em silêncio depois de { $last })
evidence-ping-silent = Ping para { $address } ({ $method }): sem resposta; a porta TCP { $port } respondeu
evidence-rule = Regra do firewall ({ $hook }): { $rule } [{ $action }]
evidence-stealth = Firewall de aplicativos do macOS: ativado; modo oculto: ativado
evidence-firewall-unread = Não foi possível ler o firewall: { $limits }
evidence-firewall-clear = { $sources }: nenhuma regra bloqueia a porta TCP { $port }
evidence-resolved = Resolução de nomes do sistema: { $host } → { $addresses } em { $ms } ms
evidence-name-no-address = Resolução de nomes do sistema: { $host } não tem endereço (EAI_NODATA), após { $ms } ms
evidence-name-not-found = Resolução de nomes do sistema: { $host } não existe (EAI_NONAME / NXDOMAIN), após { $ms } ms
evidence-name-no-answer = Resolução de nomes do sistema: { $host }: sem resposta em { $deadline_ms } ms
evidence-name-try-again = Resolução de nomes do sistema: { $host }: falha temporária (EAI_AGAIN), após { $ms } ms
evidence-name-error = Resolução de nomes do sistema: { $host }: { $detail }
evidence-read = Lido na mensagem: { $failure ->
        [refused] recusada
        [timeout] sem resposta
        [unreachable] inacessível
        [dns] nome não encontrado
        [reset] conexão interrompida
        [unix_socket] falta o socket local
        [tls] falha na conexão segura
       *[other] nenhuma causa informada
    }{ $has_client ->
        [yes], programa { $client }
       *[no] {""}
    }{ $has_host ->
        [yes], computador { $host }
       *[no] {""}
    }{ $has_port ->
        [yes], porta { $port }{ $implied ->
            [yes] {" "}(a padrão do programa)
           *[no] {""}
        }
       *[no] {""}
    }{ $has_error_code ->
        [yes], código { $error_code }
       *[no] {""}
    }{ $has_socket ->
        [yes], arquivo { $socket }
       *[no] {""}
    }
evidence-refused-on-ipv6-loopback = Recusada em ::1 (o endereço IPv6 deste computador); um servidor só em 127.0.0.1 não é alcançado ali

## The web edition (ui/embed): <port-doctor-explain>, <port-doctor-report> and the demo page

embed-explain-label = A mensagem de erro que você viu
embed-explain-hint = Cole a mensagem inteira. Ela fica neste navegador: nada é enviado para lugar nenhum.
embed-explain-keys = Pressione Enter para explicá-la. Em uma mensagem de várias linhas, pressione Ctrl+Enter.
embed-details-show = Mostrar os detalhes
embed-details-hide = Ocultar os detalhes
embed-commands-hint = Cada comando é para o sistema indicado ao lado. Nada aqui executa os comandos.
embed-loading = O Port Doctor está se preparando…
embed-unavailable = O Port Doctor não conseguiu iniciar neste navegador. Tente um navegador mais novo ou avise o responsável por este site.
embed-report-drop = Ou solte o arquivo aqui. Nada dele sai deste navegador.
embed-report-too-large = Este arquivo é grande demais para ser um relatório do Port Doctor. Um arquivo de relatório tem no máximo 4 MB.
embed-report-unreadable = O navegador não conseguiu ler este arquivo. Tente abrir de novo.
embed-report-opened = O relatório de { $file } está aberto.
embed-report-opened-text = O relatório está aberto.
embed-their-language = Idioma de quem enviou: { $language }
embed-earlier = { $local }, no seu horário ({ $utc }): { $status } ({ $code })
embed-demo-title = Port Doctor em uma página da web
embed-demo-intro = As duas partes abaixo funcionam no seu navegador. Nada do que você cola ou abre é enviado para lugar nenhum.
embed-demo-explain = Explicar uma mensagem de erro
embed-demo-report = Abrir um relatório que alguém enviou para você

## O que fica no meio: proxies, kubectl port-forward

proxy-not-running-headline = { $by_port ->
    [yes] Em { $proxy } costuma escutar um programa de proxy como o { $program }, e nada respondeu ali.
   *[no] { $source ->
        [message] { $has_proxy ->
            [yes] { $silent ->
                [yes] A conexão passava por um proxy em { $proxy }, e o proxy não respondeu.
               *[no] A conexão passava por um proxy em { $proxy }, e nada respondeu ali.
            }
           *[no] { $silent ->
                [yes] A conexão passava por um proxy, e o proxy não respondeu.
               *[no] A conexão passava por um proxy, e nada respondeu ali.
            }
        }
       *[other] { $silent ->
            [yes] Este computador envia o tráfego web por um proxy em { $proxy }, e o proxy não responde.
           *[no] Este computador envia o tráfego web por um proxy em { $proxy }, e nada responde ali.
        }
    }
}
proxy-not-running-why = { $source ->
    [environment] A variável de ambiente { $setting } envia as conexões por { $proxy }.
    [windows] As configurações de proxy do Windows enviam o tráfego web por { $proxy }.
    [macos] Os ajustes de rede do macOS enviam o tráfego web por { $proxy }.
    [gnome] As configurações de proxy de rede do GNOME enviam o tráfego web por { $proxy }.
    [kde] As configurações de proxy do KDE enviam o tráfego web por { $proxy }.
    [winhttp] O proxy WinHTTP do Windows (o que serviços e atualizadores usam) envia o tráfego web por { $proxy }.
   *[message] { $by_port ->
        [yes] Os programas que usam um proxy neste computador enviam o tráfego para uma porta assim, e a conexão com { $proxy } foi recusada.
       *[no] { $has_proxy ->
            [yes] A mensagem diz que a conexão passava por um proxy em { $proxy }.
           *[no] A mensagem diz que a conexão passava por um proxy, mas não qual.
        }
    }
} { $has_program ->
    [yes] Essa é a porta que o { $program } usa, então o { $program } provavelmente não está rodando.
   *[no] { $silent ->
        [yes] Nada respondeu ali a tempo.
       *[no] Nenhum programa aceita conexões ali.
    }
}
proxy-not-running-step-1 = { $has_program ->
    [yes] Inicie o { $program } de novo.
   *[no] Inicie o programa de proxy de novo, ou pergunte a quem o configurou.
}
proxy-not-running-step-2 = { $source ->
    [environment] Ou fique sem o proxy: rode "unset { $setting }" e tire-a do arquivo que a define (como ~/.bashrc).
    [windows] Ou fique sem ele: Configurações › Rede e Internet › Proxy, e desligue "Usar um servidor proxy".
    [macos] Ou fique sem ele: Ajustes do Sistema › Rede › sua rede › Detalhes › Proxies, e desligue o proxy.
    [gnome] Ou fique sem ele: Configurações › Rede › Proxy de rede › Desligado.
    [kde] Ou fique sem ele: Configurações do sistema › Rede › Proxy › Sem proxy.
    [winhttp] Ou fique sem ele: rode netsh winhttp reset proxy num terminal aberto como administrador.
   *[message] Ou desligue o proxy nas configurações de proxy do programa ou do sistema.
}
proxy-not-running-step-3 = Depois tente de novo.
proxy-not-running-ruled-out = O proxy em { $proxy } responde e conecta a { $host }.
proxy-refused-target-headline = O proxy em { $proxy } responde, mas não conectou a { $host }.
proxy-refused-target-why = { $has_status_line ->
    [yes] Quando pedimos que conectasse a { $host } porta { $port }, ele respondeu: { $status_line }
   *[no] Quando pedimos que conectasse a { $host } porta { $port }, ele fechou a conexão sem responder.
} O proxy, ou a rede atrás dele, está entre você e { $host }.
proxy-refused-target-step-1 = Pergunte a quem administra o proxy se ele pode conectar a { $host } porta { $port } (403 quer dizer que não pode; 502 ou 504, que não conseguiu).
proxy-refused-target-step-2 = Se { $host } deve ser acessado diretamente, inclua-o nas exceções do proxy (NO_PROXY, ou "Não usar o proxy para estes endereços").
proxy-refused-target-step-3 = Se ainda falhar, envie este relatório para o seu suporte de TI.
port-forward-no-listener-headline = { $has_pod_port ->
    [yes] O kubectl chegou ao pod, mas nada escuta na porta { $pod_port } dentro dele.
   *[no] O kubectl chegou ao pod, mas nada escuta nessa porta dentro dele.
}
port-forward-no-listener-why = O kubectl port-forward passa a conexão para uma porta dentro do pod, e ali ela foi recusada: o programa do contêiner não está rodando, usa outra porta ou escuta em outro endereço.
port-forward-no-listener-step-1 = Verifique se o programa do pod está rodando e qual porta ele usa (kubectl get pod, kubectl logs).
port-forward-no-listener-step-2 = Redirecione para a porta que o programa usa de fato: kubectl port-forward POD LOCAL:REMOTA.
evidence-proxy-set = { $proxy } é definido por { $setting } ({ $source ->
    [environment] ambiente
    [windows] configurações do Windows
    [macos] ajustes do macOS
    [gnome] configurações do GNOME
    [kde] configurações do KDE
    [winhttp] configurações do WinHTTP
   *[message] a mensagem
})
evidence-proxy-answer = { $proxy }, ao pedirmos que conectasse a { $target }: { $has_status_line ->
    [yes] { $status_line }
   *[no] sem resposta
}
evidence-proxy-pac = Há um script de configuração automática de proxy ({ $source ->
    [environment] ambiente
    [windows] configurações do Windows
    [macos] ajustes do macOS
    [gnome] configurações do GNOME
    [kde] configurações do KDE
    [winhttp] configurações do WinHTTP
   *[message] a mensagem
}): { $url } (não foi executado: não se sabe qual proxy ele escolhe)

container-not-listening-headline = { $gone ->
    [yes] Este computador redireciona a porta { $port } para { $forward_to }, mas nenhum contêiner aqui tem mais esse endereço.
   *[no] Este computador redireciona a porta { $port } para um contêiner ({ $forward_to }), e nada escuta ali.
}
container-not-listening-why = { $gone ->
    [yes] O redirecionamento (uma regra DNAT, como as que o Docker, o Podman e o Kubernetes escrevem) aponta para um contêiner que parou, ou que foi recriado com outro endereço.
   *[no] O redirecionamento (uma regra DNAT, como as que o Docker, o Podman e o Kubernetes escrevem) chega a { $has_container ->
        [yes] { $container }
       *[no] o contêiner
    }, mas nenhum programa ali escuta nessa porta: ele não está rodando, ou usa outra porta.
}
container-not-listening-step-1 = { $gone ->
    [yes] Inicie o contêiner de novo (docker ps -a mostra os parados), ou publique a porta dele de novo.
   *[no] Veja o programa do contêiner: o log dele (docker logs) e a porta que ele deve usar.
}
container-not-listening-step-2 = Verifique qual porta o contêiner publica: docker port, ou as ports do seu arquivo compose.
container-loopback-only-headline = O programa em { $has_container ->
    [yes] { $container }
   *[no] o contêiner
} escuta só no próprio 127.0.0.1, então o redirecionamento da porta { $port } não chega até ele.
container-loopback-only-why = Um contêiner tem a própria rede, com o próprio 127.0.0.1. O programa escuta ali em { $listen_address }, mas o redirecionamento envia as conexões para { $forward_to }, outro endereço do contêiner.
container-loopback-only-step-1 = Faça o programa escutar em 0.0.0.0 dentro do contêiner (por exemplo --host 0.0.0.0, ou bind 0.0.0.0 nas configurações dele).
container-loopback-only-step-2 = Depois reinicie o contêiner e verifique de novo.
port-not-published-headline = Um programa em { $has_container ->
    [yes] { $container }
   *[no] um contêiner
} escuta na porta { $port }, mas a porta { $port } deste computador não leva até ele.
port-not-published-why = O programa escuta em { $listen_address } dentro da rede própria do contêiner. Nada redireciona a porta { $port } deste computador para ele: a porta do contêiner não está publicada.
port-not-published-step-1 = Publique a porta ao iniciar o contêiner: docker run -p { $port }:{ $port } (ou ports: no arquivo compose).
port-not-published-step-2 = Ou conecte-se ao endereço próprio do contêiner.
evidence-forward = Redirecionamento: { $rule }
evidence-listens-inside = Escutando em { $container }: { $address }

wsl-localhost-headline = { $side ->
    [linux] Se o programa roda no Windows: dentro do WSL, localhost é o do Linux, não o do Windows.
   *[windows] Se o programa roda no WSL: o encaminhamento de localhost está desligado, então localhost aqui não chega até ele.
}
wsl-localhost-why = { $side ->
    [linux] Aqui o WSL roda no modo NAT: o Linux tem a própria rede, e o Windows está em { $windows_host }.
   *[windows] O arquivo .wslconfig desliga localhostForwarding, então localhost no Windows leva só aos programas do próprio Windows.
}
wsl-localhost-step-1 = { $side ->
    [linux] Conecte-se a { $windows_host } em vez disso, e faça o programa do Windows escutar nesse endereço (e o firewall dele permitir).
   *[windows] Coloque localhostForwarding=true na parte [wsl2] do .wslconfig e depois rode wsl --shutdown.
}
wsl-localhost-step-2 = Ou mude o WSL para rede espelhada (networkingMode=mirrored no .wslconfig, Windows 11 22H2 ou mais novo): assim os dois lados compartilham localhost.

proxy-pac-not-run-headline = Aqui um script de configuração automática de proxy decide por qual proxy passa o tráfego web, e o Port Doctor não o executa.
proxy-pac-not-run-why = O script em { $url } pode enviar a conexão para { $host } por um proxy que esta verificação não examinou.
proxy-pac-not-run-step-1 = Pergunte a quem cuida deste computador qual proxy o script escolhe para { $host } e se ele está rodando.
proxy-pac-not-run-step-2 = Ou abra { $url } num navegador: o script é um texto curto que nomeia seus proxies.

containers-not-seen-headline = Não foi possível examinar os programas dos contêineres.
containers-not-seen-why = Ver os redirecionamentos dos contêineres e os programas de outros usuários nas próprias redes exige permissão de administrador, então um contêiner atrás da porta { $port } não apareceria aqui.
containers-not-seen-step-1 = Execute o Port Doctor como administrador (sudo) para examinar também os contêineres.
