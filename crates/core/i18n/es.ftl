# Port Doctor — catálogo de mensajes en español (neutro, para España y Latinoamérica).
#
# Cada frase que lee una persona sale de aquí. Un hallazgo con código X usa
#   X-headline  (la respuesta, 12 palabras como máximo)
#   X-why       (dos frases como máximo)
#   X-step-1 .. X-step-3  (qué hacer, numerado)
#   X-ruled-out (una frase, cuando las reglas descartaron esta causa)
# Palabras sencillas arriba; los términos técnicos van en los datos para soporte, no aquí.
# Trato de tú; "equipo" para "computer", como en Windows.

## Palabras comunes

place-this-computer = este equipo
place-this-computer-start = Este equipo
status-problem = Problema detectado
status-ok = Todo correcto
status-cant-tell = No se pudo comprobar
status-unclear = Sin respuesta clara
confidence-certain = seguro
confidence-likely = probable
confidence-possible = posible
section-why = Por qué ocurre
section-steps = Qué hacer
section-how = Cómo lo sabemos
section-ruled-out = Descartado
section-also = También posible
section-helpdesk = Detalles para soporte técnico
section-commands = Las mismas comprobaciones a mano
section-understood = Lo que leímos en el mensaje
report-title = Informe de Port Doctor { $id }
report-header = Informe { $id } · { $time } · Port Doctor { $version } en { $os }
how-sure-certain = Seguro: lo vimos directamente.
how-sure-likely = Probable: encaja con todo lo que vimos, pero no pudimos verlo directamente.
how-sure-possible = Posible: es una de las explicaciones de lo que vimos.
report-target = Destino: { $input } → { $host }, puerto { $port }
report-redacted = No se ocultó nada en este informe.
# A label and its text, and a label over a list, in the plain-text report.
text-label = { $label }: { $text }
text-heading = { $label }:
# Between the items of a list of words ("2 user names, 1 host name").
list-separator = { ", " }
# The decimal sign of numbers such as 0.3 ms.
decimal-separator = ,

## Progreso (se muestra mientras se hacen las comprobaciones)

progress-resolving = Buscando { $host } (espera máxima: { $seconds } s)…
progress-resolved = { $host } encontrado: { $addresses }
progress-probing = Probando { $address } en el puerto { $port } (espera máxima: { $seconds } s)…
progress-probed = { $address }: { $outcome }
progress-still = Seguimos comprobando { $what }. Algunas redes tardan en responder.
progress-cancelled = Detenido. No se comprobó nada más.

## Filas de "Cómo lo sabemos"

row-literal = { $host } ya es una dirección; no hizo falta buscarla.
row-resolved = { $host } se encontró: { $addresses } ({ $ms } ms).
row-not-resolved = No se pudo buscar { $host }.
row-open = { $address }, puerto { $port }: un programa respondió ({ $ms } ms).
row-open-hung-up = { $address }, puerto { $port }: un programa respondió ({ $ms } ms) y cerró la conexión al instante.
row-refused = { $address }, puerto { $port }: rechazó la conexión al instante ({ $ms } ms).
row-timeout = { $address }, puerto { $port }: sin respuesta en { $ms } ms.
row-unreachable = { $address }, puerto { $port }: no se pudo llegar ({ $ms } ms).
row-ping-reply = { $address } responde al ping ({ $ms } ms).
row-ping-none = { $address } no responde al ping.
row-trace = El camino hasta { $address }: { $hops }.
progress-tracing = Buscando dónde se detienen los paquetes hacia { $address }…
row-not-here = Este tipo de equipo no muestra { $what }.
capability-listener-table = qué programas escuchan en qué puertos
capability-listen-queue = cuántas conexiones esperan a un programa
capability-queue-counters = cuántas conexiones descartó un programa ocupado
capability-icmp-sender = qué dispositivo rechazó una conexión
capability-trace = en qué punto del camino se detienen los paquetes
capability-firewall = las reglas de su firewall
row-local-error = { $address }, puerto { $port }: este equipo no pudo intentarlo ({ $ms } ms).

## Respuestas de una comprobación

reachable-headline = El puerto { $port } de { $host } responde.
reachable-why = Un programa de { $address } aceptó la conexión en { $ms } ms. El camino hasta allí está abierto ahora mismo.
reachable-step-1 = Si tu programa sigue fallando, pega aquí su mensaje de error exacto.
reachable-step-2 = Comprueba que tu programa usa la misma dirección y el mismo puerto.

dns-failure-headline = El nombre { $host } no existe.
dns-failure-why = Los servidores de nombres respondieron que ningún equipo se llama { $host }. Suele ser un error al escribirlo, o un nombre que solo funciona dentro de otra red.
dns-failure-step-1 = Revisa cómo está escrito { $host }.
dns-failure-step-2 = Si el nombre solo funciona en la oficina o con una VPN, conéctate primero a esa red.
dns-failure-step-3 = Vuelve a comprobar cuando hayas corregido el nombre.
dns-failure-ruled-out = El nombre { $host } se encontró: { $addresses }.

dns-no-address-headline = El nombre { $host } no tiene ninguna dirección a la que conectarse.
dns-no-address-why = El nombre existe, pero no apunta a ningún equipo al que este pueda llegar. Puede que su responsable aún no lo haya configurado.
dns-no-address-step-1 = Comprueba que tienes el nombre completo y correcto.
dns-no-address-step-2 = Pide al responsable de { $host } que le añada una dirección.

dns-no-answer-headline = Este equipo no pudo buscar { $host }.
dns-no-answer-why = El servicio que convierte nombres en direcciones no respondió a tiempo. Puede que el nombre esté bien; el servicio de búsqueda no funciona o no está accesible.
dns-no-answer-step-1 = Asegúrate de que este equipo tiene conexión y vuelve a comprobar.
dns-no-answer-step-2 = Si usas una VPN, conéctate a ella o desconéctate, y vuelve a intentarlo.
dns-no-answer-step-3 = Si sigue pasando, envía este informe a tu soporte técnico.

dns-error-headline = La búsqueda de { $host } falló.
dns-error-why = Este equipo no pudo convertir el nombre en una dirección. El sistema dijo: { $detail }.
dns-error-step-1 = Revisa si el nombre tiene algún error y vuelve a comprobar.
dns-error-step-2 = Si sigue fallando, envía este informe a tu soporte técnico.

no-listener-headline = { $from_outside ->
    [yes] Nada aceptó la conexión en el puerto { $port } de { $host }.
   *[no] Ningún programa responde en el puerto { $port } de { $host }.
}
no-listener-why = { $from_outside ->
    [yes] { $host_at_start } rechazó la conexión al instante. Quizá no hay ningún programa en ese puerto, o un firewall la rechazó. Desde aquí, las dos cosas se ven igual.
   *[no] { $host_at_start } respondió al instante que nada acepta conexiones en el puerto { $port }. Normalmente el programa no se está ejecutando, o usa otro puerto.
}
no-listener-step-1 = { $from_outside ->
    [yes] Ejecuta Port Doctor en el propio { $host }: allí sí puede saber cuál de las dos es.
   *[no] Inicia o reinicia el programa que debería responder en el puerto { $port }.
}
no-listener-step-2 = { $from_outside ->
    [yes] Asegúrate de que allí se está ejecutando el programa que debería responder en el puerto { $port }.
   *[no] Comprueba qué puerto tiene configurado el programa.
}
no-listener-step-3 = { $this_computer ->
    [yes] Si sigue fallando, envía este informe a quien se ocupa de este equipo.
   *[no] Si { $host } no es tuyo, envía este informe a su responsable.
}
no-listener-ruled-out = Un programa responde en el puerto { $port } de { $host }.

closed-at-once-headline = { $this_computer ->
    [yes] El programa del puerto { $port } de este equipo funciona, pero cerró la conexión al instante.
   *[no] El programa del puerto { $port } de { $host } funciona, pero cerró la conexión al instante.
}
closed-at-once-why = La conexión con { $address } se estableció, así que el camino y el puerto están abiertos. Después, { $has_process ->
    [yes] { $process }
   *[no] el programa
} la cerró al instante{ $reset ->
    [yes] , con un restablecimiento,
   *[no] {""}
} sin enviar nada. Los programas hacen esto cuando ellos mismos rechazan a un cliente: por una lista de acceso (como hosts.allow y hosts.deny de TCP wrappers), por un límite de conexiones alcanzado (como MaxStartups de sshd), por un servicio sobrecargado o porque el puerto espera otro protocolo, como TLS.
closed-at-once-step-1 = { $this_computer ->
    [yes] Busca en el registro del programa por qué cerró la conexión, y en su configuración, qué clientes permite y cuántos a la vez.
   *[no] Pide a quien se ocupa de { $host } que busque en el registro del programa por qué cerró la conexión, y en su configuración, qué clientes permite.
}
closed-at-once-step-2 = Si el programa está ocupado, espera un minuto y vuelve a comprobar.
closed-at-once-step-3 = Comprueba que tu programa usa el protocolo que espera este puerto (por ejemplo, https y no http).

bound-elsewhere-headline = El programa del puerto { $port } solo acepta conexiones en { $listen_address }.
bound-elsewhere-why = { $has_process ->
    [yes] { $process } escucha en el puerto { $port }, pero solo en { $listen_address }, no en { $address }.
   *[no] Un programa escucha en el puerto { $port }, pero solo en { $listen_address }, no en { $address }.
} { $loopback_only ->
    [yes] { $from_loopback ->
        [yes] Las dos son direcciones de este equipo, pero un programa solo responde en las direcciones en las que escucha.
       *[no] Solo los programas de este mismo equipo pueden llegar a él.
    }
   *[no] Las conexiones a otras direcciones de este equipo se rechazan.
}
bound-elsewhere-step-1 = { $this_computer ->
    [yes] Conéctate a { $listen_address } en su lugar.
   *[no] Conéctate a { $listen_address } en su lugar, si estás en el mismo equipo.
}
bound-elsewhere-step-2 = O configura el programa para que escuche en todas las direcciones (0.0.0.0 o ::) y reinícialo.
bound-elsewhere-step-3 = Vuelve a comprobar después del cambio.

wrong-port-headline = { $has_service ->
    [yes] { $service } se está ejecutando, pero en el puerto { $other_port }, no en el { $port }.
   *[no] Nada responde en el puerto { $port }, pero un programa responde en el { $other_port }.
}
wrong-port-why = { $has_service ->
    [yes] { $process } escucha en el puerto { $other_port } de este equipo. Tu programa lo busca en el puerto { $port }, donde no escucha nada.
   *[no] { $has_process ->
        [yes] { $process } escucha en el puerto { $other_port }, cerca del puerto que pediste.
       *[no] Un programa escucha en el puerto { $other_port }, cerca del puerto que pediste.
    } Quizá es el que buscabas, configurado para usar otro puerto.
}
wrong-port-step-1 = Usa el puerto { $other_port } en tu programa, si es el correcto.
wrong-port-step-2 = O configura el programa para usar el puerto { $port } y reinícialo.
wrong-port-step-3 = Vuelve a comprobar después del cambio.

service-not-running-headline = { $service } no se está ejecutando en { $host }.
service-not-running-why = Nada escucha en el puerto { $port } y no hay ningún programa de { $service } en ejecución. Puede que se haya detenido, que no haya podido iniciarse o que no esté instalado aquí.
service-not-running-step-1 = Inicia { $service } (como servicio o a mano).
service-not-running-step-2 = Si vuelve a detenerse al instante, lee su registro: el motivo suele estar ahí.
service-not-running-step-3 = Vuelve a comprobar cuando esté en marcha.

port-taken-headline = { $has_process ->
    [yes] { $has_service ->
        [yes] El puerto { $port } lo usa { $process }, no { $service }.
       *[no] El puerto { $port } lo usa { $process }.
    }
   *[no] Otro programa ocupa el puerto { $port } sin responder en él.
}
port-taken-why = { $has_process ->
    [yes] { $process }{ $has_pid ->
        [yes] {" "}(PID { $pid })
       *[no] {""}
    } ocupa el puerto { $port }. Mientras lo ocupe, { $has_service ->
        [yes] { $service }
       *[no] otro programa
    } no puede usar ese puerto: no llega a iniciarse o responde en otro sitio.
   *[no] Algo en este equipo abrió el puerto { $port }, pero no acepta conexiones en él. Un servidor que necesite este puerto no puede iniciarse.
}
port-taken-step-1 = { $has_process ->
    [yes] Detén { $process } o pasa uno de los dos programas a otro puerto.
   *[no] Busca y detén el programa que ocupa el puerto { $port }, o usa otro puerto.
}
port-taken-step-2 = Después, inicia el programa que necesitas y vuelve a comprobar.

privileged-port-headline = Aquí, los programas sin permisos de administrador no pueden abrir el puerto { $port }.
privileged-port-why = En este equipo, los puertos por debajo de { $threshold } están reservados a los administradores. Un programa iniciado por un usuario normal no puede escuchar en ellos, así que puede que no haya podido iniciarse.
privileged-port-step-1 = Usa para el programa un puerto de { $threshold } o superior.
privileged-port-step-2 = O inícialo con los permisos que necesita (por ejemplo, como servicio del sistema).

reserved-port-range-headline = Windows se ha reservado el puerto { $port }.
reserved-port-range-why = Windows aparta los puertos del { $range_start } al { $range_end } (a menudo para Hyper-V, WSL o Docker). Ningún programa puede abrirlos.
reserved-port-range-step-1 = Usa para el programa un puerto fuera del rango { $range_start }–{ $range_end }.
reserved-port-range-step-2 = O pide a un administrador que cambie los rangos reservados (netsh int ipv4 show excludedportrange protocol=tcp los muestra).

needs-admin-headline = Algunos detalles necesitan permisos de administrador.
needs-admin-why = { $count ->
    [one] No pudimos ver qué programa usa uno de los puertos, porque pertenece a otro usuario.
   *[other] No pudimos ver qué programas usan { $count } de los puertos, porque pertenecen a otros usuarios.
} La respuesta de arriba no depende de ello, pero un administrador ve más.
needs-admin-step-1 = Vuelve a ejecutar Port Doctor como administrador para ver todos los programas.

backlog-overflow-headline = { $has_process ->
    [yes] { $process } en el puerto { $port } está demasiado ocupado para aceptar conexiones nuevas.
   *[no] El programa del puerto { $port } está demasiado ocupado para aceptar conexiones nuevas.
}
backlog-overflow-why = Tiene { $waiting } conexiones en espera y sitio para { $backlog }, así que las nuevas se descartan. El otro lado espera y acaba abandonando, como si no hubiera nada.
backlog-overflow-step-1 = Revisa el programa: puede que esté bloqueado o que sea demasiado lento. Al reiniciarlo, la cola se vacía.
backlog-overflow-step-2 = { $has_somaxconn ->
    [yes] Si solo está muy ocupado, amplía su cola de espera (el ajuste backlog; este sistema permite hasta { $somaxconn }).
   *[no] Si solo está muy ocupado, amplía su cola de espera (el ajuste backlog).
}
backlog-overflow-step-3 = Vuelve a comprobar después.

ipv6-ipv4-mismatch-headline = El puerto { $port } responde solo en una de las direcciones de { $host }.
ipv6-ipv4-mismatch-why = { $host_at_start } tiene dos tipos de dirección. Responde en { $works_address }, pero no en { $fails_address }, y algunos programas solo prueban la segunda.
ipv6-ipv4-mismatch-step-1 = Usa la dirección que funciona: { $works_address }.
ipv6-ipv4-mismatch-step-2 = O configura el programa de { $host } para que escuche en los dos tipos de dirección.
ipv6-ipv4-mismatch-step-3 = Vuelve a comprobar después del cambio.

some-addresses-fail-headline = { $failed } de { $total } direcciones de { $host } no responden en el puerto { $port }.
some-addresses-fail-why = { $host_at_start } tiene varias direcciones. Unas responden y otras no, así que un programa puede funcionar una vez y fallar la siguiente.
some-addresses-fail-step-1 = Dile al responsable de { $host } que { $fails_address } no responde.
some-addresses-fail-step-2 = Mientras no se arregle, usa una dirección que funcione.

timeout-headline = { $host_at_start } no respondió en el puerto { $port }.
timeout-why = No llegó nada en { $seconds } segundos. { $ping ->
    [replied] { $host_at_start } responde al ping, así que está encendido: algo descarta las conexiones al puerto { $port }, normalmente un firewall.
    [silent] { $host_at_start } tampoco responde al ping: puede que esté apagado o fuera de alcance, o que un firewall lo descarte todo.
   *[other] Normalmente, un firewall descarta la conexión sin avisar, o el equipo está apagado u ocupado.
}
timeout-step-1 = { $ping ->
    [replied] Pregunta al responsable de { $host } si un firewall bloquea el puerto { $port }.
   *[other] Comprueba que { $host } está encendido y conectado.
}
timeout-step-2 = { $ping ->
    [replied] Pídele que compruebe que el programa del puerto { $port } funciona y no está sobrecargado.
   *[other] Pregunta al responsable de { $host } si un firewall bloquea el puerto { $port }.
}
timeout-step-3 = Vuelve a comprobar; si sigue fallando, envía este informe.
timeout-ruled-out = { $host_at_start } respondió rápido, así que nada en el camino lo está bloqueando en silencio.

firewall-reject-headline = Un firewall rechazó la conexión al puerto { $port }.
firewall-reject-why = { $sender_where ->
    [target] { $host_at_start } respondió directamente con un mensaje que bloquea el puerto { $port }.
    [path] Un dispositivo del camino ({ $sender }) devolvió un mensaje que bloquea el puerto { $port }.
    [this-computer] Un firewall de este equipo bloqueó la conexión antes de que saliera.
    [rule-target] El firewall de { $host } tiene una regla que rechaza las conexiones al puerto { $port }.
    [rule-here] El firewall de este equipo tiene una regla que bloquea las conexiones al puerto { $port }.
   *[unknown] La conexión se bloqueó antes de llegar a un programa de { $host }.
} { $sender_where ->
    [rule-target] Desde fuera, esto se ve igual que "no hay nada escuchando".
    [rule-here] La conexión nunca salió de este equipo.
   *[other] Los programas que funcionan con normalidad no responden así, por eso la causa habitual es una regla de firewall.
}
firewall-reject-step-1 = Pide al responsable de { $host } que permita el puerto { $port } en el firewall.
firewall-reject-step-2 = { $sender_where ->
    [rule-target] Envía este informe: indica la regla.
    [rule-here] Envía este informe: indica la regla.
   *[other] Envía este informe: indica quién envió el bloqueo.
}
firewall-reject-step-3 = Vuelve a comprobar cuando se haya cambiado la regla.

firewall-drop-headline = Un firewall descarta en silencio las conexiones al puerto { $port }.
firewall-drop-why = { $place ->
    [path] Los paquetes hacia { $host } llegan hasta { $last_hop } (a { $last_ttl ->
        [one] un paso
       *[other] { $last_ttl } pasos
    } de distancia) y luego no vuelve nada. Probablemente los descarta un firewall en { $last_hop } o más allá.
    [target] { $by_policy ->
        [yes] El firewall de { $host } descarta todo lo que no permite, y el puerto { $port } no está permitido.
       *[no] El firewall de { $host } tiene una regla que descarta sin respuesta las conexiones al puerto { $port }.
    }
   *[other] { $by_policy ->
        [yes] El firewall de este equipo descarta todo lo que no permite, y el puerto { $port } no está permitido.
       *[no] El firewall de este equipo tiene una regla que descarta las conexiones al puerto { $port } antes de que salgan.
    }
} Tu programa espera una respuesta que nunca llega y acaba abandonando.
firewall-drop-step-1 = Pide al administrador de { $host } que permita el puerto { $port } en el firewall.
firewall-drop-step-2 = { $place ->
    [path] Envía este informe: muestra dónde se detienen los paquetes.
   *[other] Envía este informe: indica la regla.
}
firewall-drop-step-3 = Vuelve a comprobar después del cambio.
firewall-drop-ruled-out = { $place ->
    [both] Ninguna regla del firewall de este equipo bloquea el puerto { $port }.
   *[other] Ninguna regla del firewall de este equipo bloquea las conexiones al puerto { $port }.
}

firewall-not-read-headline = No se pudieron leer las reglas del firewall.
firewall-not-read-why = { $unavailable ->
    [yes] El firewall no respondió a nuestras preguntas en este equipo (los permisos de administrador no lo cambiarían), así que no pudimos comprobar si una regla bloquea el puerto { $port }.
   *[no] Para leer el firewall hacen falta permisos de administrador, así que no pudimos comprobar si una regla bloquea el puerto { $port }.
}
firewall-not-read-step-1 = { $unavailable ->
    [yes] Para ver las reglas de todos modos, ejecuta: { $command }
   *[no] Ejecuta Port Doctor como administrador, o pide a un administrador que ejecute: { $command }
}

icmp-blocked-but-tcp-fine-headline = { $address } no responde al ping, pero su puerto sí.
icmp-blocked-but-tcp-fine-why = Muchos equipos están configurados para no responder al ping. Es normal y no es la causa de que una conexión falle.
icmp-blocked-but-tcp-fine-step-1 = No uses el ping para probar este equipo; comprueba su puerto.

host-unreachable-headline = { $no_neighbour ->
    [yes] { $host_at_start } no está en la red ahora mismo: nada respondió en esa dirección.
   *[no] { $host_at_start } no es accesible desde este equipo.
}
host-unreachable-why = { $no_neighbour ->
    [yes] { $host } está en la misma red que este equipo, y este equipo preguntó quién tiene esa dirección. Ningún dispositivo respondió. El equipo de esa dirección está apagado, desenchufado, en suspensión o tiene ahora otra dirección.
   *[no] { $has_sender ->
        [yes] Un dispositivo del camino ({ $sender }) dijo que no puede entregar nada a { $host }.
       *[no] Este equipo no encontró ninguna forma de entregar nada a { $host }.
    } Puede que el equipo esté apagado, desconectado o en una red en la que no estás.
}
host-unreachable-step-1 = { $no_neighbour ->
    [yes] Comprueba que el equipo de { $host } está encendido y enchufado, y que su dirección sigue siendo { $host }.
   *[no] Comprueba que { $host } está encendido y conectado.
}
host-unreachable-step-2 = Si está en otra red, conéctate primero a esa red o a la VPN.
host-unreachable-step-3 = Vuelve a comprobar; si sigue fallando, envía este informe.
host-unreachable-ruled-out = { $host_at_start } es accesible: respondió.

network-unreachable-headline = Este equipo no tiene forma de llegar a la red de { $host }.
network-unreachable-why = { $has_sender ->
    [yes] Un dispositivo del camino ({ $sender }) dijo que no tiene ruta hacia esa red.
   *[no] Este equipo no tiene ruta hacia esa red.
} Puede que no tengas conexión, o que la dirección sea de una red a la que este equipo no está conectado.
network-unreachable-step-1 = Comprueba que este equipo tiene conexión.
network-unreachable-step-2 = Si la dirección es de una red de empresa, conéctate primero a su VPN.
network-unreachable-step-3 = Vuelve a comprobar después de conectarte.

no-route-here-headline = Este equipo no tiene forma de enviar nada a { $host }.
no-route-here-why = No salió nada de este equipo: su propia configuración de red no tiene ruta hacia { $address }. La causa está aquí, no en { $host }.
no-route-here-step-1 = Comprueba que este equipo tiene conexión, por Wi-Fi o por cable.
no-route-here-step-2 = Si { $host } está en una red de empresa, conéctate primero a su VPN.
no-route-here-step-3 = Si sigue fallando, envía este informe a tu soporte técnico: muestra la ruta.

local-error-headline = Este equipo no pudo iniciar la conexión con { $host }.
local-error-why = { $reason ->
    [no-free-port] Este equipo se quedó sin puertos libres para conexiones nuevas.
    [too-many-files] Este programa tiene demasiados archivos y conexiones abiertos.
    [permission] Algo en este equipo no permite la conexión.
   *[other] Algo en este equipo detuvo la conexión antes de que saliera.
} El problema está en este equipo, no en { $host }.
local-error-step-1 = Cierra los programas que no necesites y vuelve a comprobar.
local-error-step-2 = Si sigue pasando, reinicia este equipo.
local-error-step-3 = Si sigue fallando, envía este informe a tu soporte técnico.

## Respuestas a partir de un mensaje pegado (sin usar la red)

message-refused-headline = { $has_host ->
    [yes] { $host } rechazó la conexión{ $has_port ->
        [yes] {" "}en el puerto { $port }
       *[no] {""}
    }.
   *[no] El otro equipo rechazó la conexión.
}
message-refused-why = Esto significa que se llegó al equipo, pero ningún programa aceptó la conexión. Normalmente el programa no se está ejecutando, usa otro puerto o un firewall la rechaza.
message-refused-step-1 = Haz una comprobación completa para saber cuál es la causa.
message-refused-step-2 = Asegúrate de que el programa al que quieres llegar se está ejecutando.

message-timeout-headline = { $has_host ->
    [yes] { $host } no respondió a tiempo.
   *[no] El otro equipo no respondió a tiempo.
}
message-timeout-why = No llegó nada antes de que tu programa dejara de esperar. Normalmente un firewall descarta la conexión sin avisar, o el equipo está apagado o fuera de alcance.
message-timeout-step-1 = Haz una comprobación completa para ver dónde se detiene.
message-timeout-step-2 = Comprueba que el equipo está encendido y que estás en la red o VPN correcta.

message-unreachable-headline = { $has_host ->
    [yes] No se pudo llegar a { $host }.
   *[no] No se pudo llegar al otro equipo.
}
message-unreachable-why = No se encontró ninguna forma de entregar nada a ese equipo. Puede que esté apagado o en una red a la que no estás conectado.
message-unreachable-step-1 = Comprueba que estás en la red o VPN correcta.
message-unreachable-step-2 = Haz una comprobación completa para ver dónde se detiene.

message-dns-headline = { $has_host ->
    [yes] No se encontró el nombre { $host }.
   *[no] No se encontró el nombre de un equipo.
}
message-dns-why = Tu programa no pudo convertir el nombre en una dirección. Normalmente el nombre tiene un error, o solo funciona en otra red.
message-dns-step-1 = Revisa cómo está escrito el nombre.
message-dns-step-2 = Si el nombre es interno, conéctate a la red de la oficina o a la VPN.

message-reset-headline = { $has_host ->
    [yes] { $host } cortó la conexión.
   *[no] El otro equipo cortó la conexión.
}
message-reset-why = La conexión se estableció y luego el otro lado la cerró de golpe. Suele deberse a un programa que falla, a un proxy o a un dispositivo de seguridad.
message-reset-step-1 = Vuelve a intentarlo; si pasa siempre, envía este informe al responsable del servidor.
message-reset-step-2 = Comprueba si hay un proxy o una VPN por medio.

message-tls-headline = No se pudo establecer la conexión segura{ $has_host ->
    [yes] {" "}con { $host }
   *[no] {""}
}.
message-tls-why = Se llegó al equipo, pero los dos lados no pudieron acordar una conexión segura. La causa habitual es un certificado caducado o incorrecto, o un dispositivo que inspecciona el tráfico.
message-tls-step-1 = Comprueba que la fecha y la hora de este equipo son correctas.
message-tls-step-2 = Envía este informe al responsable del servidor.

unix-socket-headline = { $client ->
    [docker] El servicio de Docker no se está ejecutando o no se puede llegar a él.
   *[other] El servicio local con el que habla tu programa no se está ejecutando.
}
unix-socket-why = Tu programa se comunica con un servicio de este mismo equipo a través de un archivo especial{ $socket ->
    [none] {""}
   *[other] {" "}({ $socket })
}. El archivo no existe o nadie responde en él, lo que suele indicar que el servicio está detenido.
unix-socket-step-1 = { $client ->
    [docker] Inicia Docker (Docker Desktop o el servicio docker).
    [postgresql] Inicia el servicio de PostgreSQL.
    [mysql] Inicia el servicio de MySQL.
   *[other] Inicia el servicio que necesita tu programa.
}
unix-socket-step-2 = Comprueba que tu usuario tiene permiso para usarlo.

localhost-ipv6-first-headline = { $has_works_address ->
    [yes] El programa del puerto { $port } escucha en { $works_address }, pero la conexión fue a ::1.
   *[no] Puede que el servidor escuche solo en un tipo de dirección local.
}
localhost-ipv6-first-why = { $has_works_address ->
    [yes] El nombre localhost corresponde a dos direcciones de este equipo: ::1 (el tipo más nuevo) y 127.0.0.1. { $has_process ->
        [yes] { $process } escucha
       *[no] El programa escucha
    } solo en { $works_address }, y tu programa probó ::1, donde no escucha nada.
   *[no] Tu programa probó primero la dirección local más nueva, ::1. Muchos servidores de desarrollo solo escuchan en 127.0.0.1, así que no se encuentran en ::1.
}
localhost-ipv6-first-step-1 = { $has_works_address ->
    [yes] Conéctate a { $works_address } en lugar de localhost.
   *[no] Conéctate a 127.0.0.1 en lugar de localhost.
}
localhost-ipv6-first-step-2 = O inicia el servidor de forma que escuche en las dos direcciones.

message-unrecognized-headline = No se encontró ningún error de conexión en este texto.
message-unrecognized-why = El texto no parece el error de un programa que no pudo conectarse. Pega el mensaje exacto o escribe la dirección a la que intentabas llegar.
message-unrecognized-step-1 = Copia el mensaje de error completo, con la dirección y el puerto si aparecen.
message-unrecognized-step-2 = O escribe la dirección, como db1.example.com:5432.
message-host-unset-headline = A tu programa no se le dijo a qué computadora conectarse.
message-host-unset-why = Intentó llegar a una computadora llamada "{ $word }". Los programas escriben esa palabra cuando un ajuste no tiene valor: el ajuste con el nombre o la dirección del servidor falta, está vacío o mal escrito.
message-host-unset-step-1 = Busca el ajuste que nombra al servidor, a menudo en un archivo .env o de configuración (por ejemplo DB_HOST o REDIS_URL), y ponle el nombre o la dirección del servidor.
message-host-unset-step-2 = Vuelve a iniciar el programa desde donde lee ese ajuste: la misma carpeta o la misma ventana donde está definida la variable.

## Errores en lo que se escribió

target-error-empty = Escribe la dirección a la que intentabas llegar, como db1.example.com:5432.
target-error-too-long = Eso tiene { $length } caracteres. Una dirección es mucho más corta; pega solo la dirección o el mensaje de error.
target-error-control-character = El texto tiene un carácter de control invisible en la posición { $position }. Vuelve a escribir la dirección.
target-error-spaces = Una dirección no lleva espacios. Escríbela como db1.example.com:5432 o "db1 postgres".
target-error-missing-port = Añade el número de puerto, como { $host }:443.
target-error-port-zero = El puerto 0 no se puede usar. Los puertos van del 1 al 65535.
target-error-port-out-of-range = El puerto { $port } no existe. Los puertos van del 1 al 65535.
target-error-bad-port = "{ $port }" no es un número de puerto ni un servicio que conozcamos, como 5432 o postgres.
target-error-empty-host = Falta el nombre del equipo. Escríbelo como db1.example.com:5432.
target-error-invalid-ipv4 = { $host } no es una dirección válida. Cada uno de los cuatro números debe ir del 0 al 255.
target-error-invalid-ipv6 = { $host } no es una dirección válida. Revísala y escríbela entre corchetes con el puerto, como [2001:db8::1]:443.
target-error-leading-dash = "{ $host }" no es un nombre de equipo: ninguna parte de un nombre empieza por un guion.
target-error-bad-host-character = Un nombre de equipo no puede contener "{ $character }". Usa letras, números, puntos y guiones.
target-error-host-too-long = Ese nombre de equipo es demasiado largo para ser real. Revísalo.
target-error-unknown-scheme = No sabemos cuál es el puerto predeterminado de "{ $scheme }". Añade el puerto, como { $scheme }://host:1234.

text-error-empty = Pega el mensaje de error que viste.
text-error-too-long = Ese texto es muy largo. Pega solo las líneas con el error.
text-error-unreadable = No se pudo leer el texto: { $detail }.

duration-error = "{ $value }" no es una duración. Escríbela como 5s, 500ms o 2m.

## Mensajes de la línea de comandos

cli-cancelled = Detenido antes de terminar las comprobaciones.
cli-internal-error = Port Doctor no pudo terminar: { $detail }.
cli-report-unreadable = No se pudo abrir el informe { $file }: { $detail }.
cli-save-failed = No se pudo guardar el informe en { $file }: { $detail }.
io-not-found = no existe ese archivo o carpeta
io-permission-denied = esta cuenta no tiene permiso para hacerlo
io-already-exists = ya hay algo con ese nombre
io-is-a-directory = es una carpeta, no un archivo
io-not-a-directory = una parte de la ruta es un archivo, no una carpeta
io-read-only = el disco es de solo lectura
io-storage-full = el disco está lleno
io-invalid-data = no es un texto que Port Doctor pueda leer
io-timed-out = tardó demasiado
io-in-use = otro programa ya usa esa dirección y ese puerto
io-not-available = este equipo no tiene esa dirección
io-interrupted = se interrumpió
io-unexpected-eof = terminó antes de tiempo

## El receptor de prueba

listen-started = Receptor de prueba abierto en el puerto { $port } durante { $seconds } segundos. Desde el otro equipo, comprueba la dirección de este equipo con el puerto { $port }. Presiona Ctrl-C para detenerlo.
listen-greeting = Receptor de prueba de Port Doctor en el puerto { $port }: la conexión llegó a este equipo, así que el camino por la red funciona.
listen-connection = Llegó una conexión desde { $peer }; se le envió el saludo.
listen-closed = Receptor de prueba cerrado después de { $count ->
    [one] una conexión
   *[other] { $count } conexiones
}.
listen-error-in-use = El puerto { $port } ya lo usa otro programa, así que el receptor de prueba no puede abrirlo.
listen-error-in-use-by = El puerto { $port } ya lo usa { $owner }, así que el receptor de prueba no puede abrirlo.
listen-error-permission = Solo los administradores pueden abrir el puerto { $port } en este equipo (puertos por debajo de { $threshold }). Elige un puerto de { $threshold } o superior, o ejecuta Port Doctor como administrador.
listen-error-not-local = Esa dirección no pertenece a este equipo.
listen-error-address = "{ $address }" no es una dirección de este equipo, como 127.0.0.1 o ::1.
listen-error-other = El receptor de prueba no pudo abrir el puerto { $port }: { $detail }.
listen-error-low-port = El puerto { $port } está por debajo de { $lowest }: desde la página del navegador, los receptores de prueba solo se abren en puertos a partir de { $lowest }. Inicia Port Doctor con portdoctor serve --allow-privileged-ports para abrir puertos más bajos, o usa portdoctor listen { $port }.
listen-error-too-many = { $count ->
    [one] Ya hay un receptor de prueba abierto. Ciérralo primero.
   *[other] Ya hay { $count } receptores de prueba abiertos. Cierra uno primero.
}

## Resultados de un intento de conexión

outcome-open = respondió
outcome-refused = rechazó la conexión
outcome-timeout = sin respuesta
outcome-unreachable = no se pudo llegar
outcome-local_error = no se pudo intentar

## portdoctor listeners

listeners-none = Ningún programa está esperando conexiones en este equipo.
listeners-none-on-port = Ningún programa está escuchando en el puerto { $port } de este equipo.
listeners-limited = Puede que falte parte de la lista: { $detail }.
listeners-unknown-program = Un programa del usuario { $user }
listeners-program-pid = El programa con PID { $pid }
listeners-owner-unknown = Un programa que el sistema no nombra
listeners-owner-hidden = Un programa que no podemos ver
listeners-reach-local = accesible desde: solo este equipo
listeners-reach-network = accesible desde: la red
listeners-reach-address = accesible en: solo { $address }
listeners-queue = en espera: { $waiting } de { $backlog }
listeners-hidden = { $count ->
    [one] Hay un programa oculto: solo los administradores pueden ver los programas de otros usuarios. Ejecuta Port Doctor como administrador para verlo.
   *[other] Hay { $count } programas ocultos: solo los administradores pueden ver los programas de otros usuarios. Ejecuta Port Doctor como administrador para verlos.
}
listeners-hidden-admin = { $count ->
    [one] No se pudo identificar un programa: se ejecuta fuera de lo que muestra este sistema (por ejemplo, en otro contenedor).
   *[other] No se pudieron identificar { $count } programas: se ejecutan fuera de lo que muestra este sistema (por ejemplo, en otro contenedor).
}
listeners-unknown = { $count ->
    [one] El sistema no dice qué programa ocupa uno de estos puertos; los permisos de administrador tampoco lo mostrarían.
   *[other] El sistema no dice qué programas ocupan { $count } de estos puertos; los permisos de administrador tampoco los mostrarían.
}
service-error-unknown = No conocemos ningún servicio llamado "{ $service }". Prueba con un nombre como postgres, mysql, redis, ssh o https.

## Lo que entendió el cuadro de texto (se muestra mientras escribes)

understood-target = Comprobar { $host }, puerto { $port }.
understood-message = Un mensaje de error: { $failure }.
understood-message-target = Un mensaje de error: { $failure }, en { $host }, puerto { $port }.
understood-nothing = Esto no parece una dirección ni un mensaje de error. Escribe una dirección como db1.example.com:5432 o pega el error que viste.
understood-no-target = El mensaje no dice qué equipo ni qué puerto se probaron, así que no hay nada que comprobar. Escribe la dirección.
failure-refused = se rechazó la conexión
failure-timeout = no hubo respuesta a tiempo
failure-unreachable = no se pudo llegar al equipo
failure-dns = no se encontró el nombre
failure-reset = se cortó la conexión
failure-unix_socket = un servicio local no se está ejecutando
failure-tls = falló la conexión segura
failure-other = no se indica la causa

## Informes abiertos o guardados

report-error-unreadable = Este archivo no es un informe de Port Doctor que podamos leer: { $detail }.
report-error-too-large = Este archivo es demasiado grande para ser un informe de Port Doctor.
report-error-format = "{ $format }" no es un formato de informe. Usa text, markdown o json.

## Modo navegador (portdoctor serve)

serve-started = Port Doctor está listo en { $url }
serve-how = Abre esa dirección en un navegador de este equipo. Por SSH, redirige antes el puerto: ssh -L { $port }:127.0.0.1:{ $port } ESTE-SERVIDOR y después abre la dirección en tu propio equipo. Presiona Ctrl-C para detenerlo.
serve-error-bind = Port Doctor no pudo abrir el puerto { $port } para la página del navegador: { $detail }.
serve-error-forbidden = Esta dirección solo responde a la página de Port Doctor, abierta con la dirección que mostró Port Doctor.
serve-error-not-found = No hay nada en esta dirección.
ui-stopped-found = Lo que encontró la comprobación antes de detenerse:
ui-server-error = El servidor de Port Doctor dio una respuesta que no es suya (estado { $status }). ¿Sigue en marcha portdoctor serve?
ui-no-token = Esta página se abrió sin su clave, así que no puede comprobar nada. Abre la dirección que mostró portdoctor serve: termina en ?token= y un número largo.
serve-error-bad-request = No se pudo leer la solicitud: { $detail }.
serve-error-too-large = Esta solicitud es demasiado grande para Port Doctor. Un archivo de informe ocupa como máximo 4 MB.
serve-error-body = La solicitud se cortó antes de llegar completa.
serve-error-busy = Port Doctor ya está haciendo { $count } comprobaciones desde la página del navegador. Espera a que termine una y vuelve a intentarlo.
serve-error-code = Este enlace ya se abrió o es demasiado antiguo. Abre la dirección que mostró Port Doctor en la terminal.
serve-opened = La página del navegador se abrió con el enlace de un solo uso; el enlace ya no funciona.
serve-no-ui = Esta versión de Port Doctor no incluye la página del navegador. Compila Port Doctor con scripts/run.sh o usa la línea de comandos.

## El asistente

# En todas las pantallas
ui-app-name = Port Doctor
language-name = Español
ui-language = Idioma
ui-save-filter = Informe de Port Doctor ({ $ext })
ui-save-title = Guardar el informe
ui-new-check = Comprobar otra cosa
ui-copy = Copiar
ui-copy-command = Copiar el comando { $command }
ui-copied-command = Copiado: { $command }
ui-copy-failed = Aquí no se pudo copiar. Selecciona el texto y cópialo a mano.

# Pantalla 1: ¿a qué intentabas conectarte?
ui-input-heading = ¿A qué intentabas conectarte?
ui-input-hint = Escribe una dirección como db1.example.com:5432 o una dirección web, o pega el mensaje de error que viste.
ui-input-keys = Presiona Intro para empezar. En un mensaje de varias líneas, presiona Ctrl+Intro.
ui-check = Comprobar
ui-explain = Explicar el mensaje
ui-open-report = Abrir un informe
ui-open-report-hint = Un informe que alguien guardó con Port Doctor. No se ejecuta nada de lo que contiene.

# Pantalla 2: comprobaciones en curso
ui-running-heading = Comprobando { $target }
ui-running-heading-plain = Comprobando
ui-steps-label = Comprobaciones hasta ahora
ui-step-running = comprobando
ui-step-ok = bien
ui-step-problem = problema
ui-step-info = anotado
ui-step-waiting = Iniciando las comprobaciones…
ui-still-resolve = el nombre
ui-still-probe = { $address }
ui-still-trace = el camino hasta { $address }
ui-still-other = la conexión
ui-cancel = Detener
ui-cancel-keys = Presiona Esc para detener.

# Pantalla 3: la respuesta
ui-status-fixed = Solucionado
ui-status-not-fixed = No solucionado
ui-no-answer = Las comprobaciones no encontraron nada que destacar.
ui-explained-note = Solo leímos el mensaje. Todavía no se comprobó nada en la red.
ui-opened-label = Informe abierto
ui-opened-note = Del archivo { $file }, creado el { $time } en { $os }.
ui-opened-safe = Muestra lo que vio ese equipo. No se ejecutó aquí nada de lo que contiene.
ui-opened-when = Creado el { $local }, hora local ({ $utc }).
ui-opened-typed = Lo que pidieron comprobar:
ui-opened-pasted = El mensaje que pegaron:
ui-opened-earlier = Sus comprobaciones anteriores a esta:
ui-path-computer-theirs = Su equipo
ui-ask-port = ¿Qué puerto probaste en { $host }?
ui-ask-port-hint = Mira la dirección que abriste: el número después de los dos puntos, como en localhost:3000. Sin número, las páginas web usan el 80 (http) o el 443 (https).
ui-ask-port-check = Comprobar este puerto
ui-ask-port-invalid = Escribe un número de puerto del 1 al 65535.
ui-status-way-works = El camino hasta este puerto funciona; tu programa no se está ejecutando
ui-compare-fixed = El problema de la última comprobación ya no está.
ui-compare-not-fixed = La nueva comprobación encontró el mismo problema.
ui-compare-changed = El problema anterior ya no está, pero ahora falla otra cosa.
ui-compare-broke = Esto funcionaba en la última comprobación, pero ahora falla.
ui-compare-still-fine = Sigue funcionando, como en la última comprobación.
ui-compare-test-listener = Respondió el receptor de prueba de Port Doctor, no tu propio programa. El camino hasta este puerto funciona.
ui-recheck-failed = La nueva comprobación no pudo terminar, así que esta sigue siendo la última respuesta. { $message }
ui-recheck-cancelled = La nueva comprobación se detuvo, así que esta sigue siendo la última respuesta.
ui-action-check-again = Volver a comprobar
ui-action-run-check = Hacer una comprobación completa
ui-action-open-test-listener = Abrir un receptor de prueba en el puerto { $port }
ui-action-copy-admin-command = Copiar el comando para un administrador
ui-action-copy-admin-command-os = Copiar el comando para un administrador ({ $os })
ui-action-send-report = Enviar este informe
ui-action-copy-address = Copiar { $address }
ui-listener-open = Hay un receptor de prueba abierto en el puerto { $port } durante { $minutes } minutos.
ui-listener-how = Desde el otro equipo, conéctate a este equipo en el puerto { $port }. Responde con esta línea:
ui-listener-stop = Detener el receptor de prueba del puerto { $port }
ui-listener-closed = El receptor de prueba del puerto { $port } está cerrado.
section-couldnt = Lo que no pudimos comprobar

# El dibujo del camino
ui-path-heading = El camino hasta { $host }
ui-path-heading-plain = El camino hasta el programa
ui-path-computer = Este equipo
ui-path-network = Red
ui-path-firewall = Firewall
ui-path-server = Servidor
ui-path-program = Programa
ui-path-port = puerto { $port }
ui-path-ok = funciona
ui-path-problem = problema aquí
ui-path-probable = probablemente aquí
ui-path-unknown = desconocido
ui-path-not-reached = no alcanzado
ui-path-unplaced = El dibujo no puede mostrar dónde está este problema. La respuesta de arriba dice lo que encontramos.

# Filas de "Cómo lo sabemos"
ui-mark-ok = bien
ui-mark-problem = problema
ui-mark-info = nota
ui-mark-cant = sin comprobar
ui-mark-ruled-out = descartado
row-listener = { $process } escucha en el puerto { $port } en { $address }.
row-listener-unknown = Un programa escucha en el puerto { $port } en { $address }.
row-firewall-clear = Ninguna regla del firewall de este equipo afecta al puerto { $port }.
row-firewall-rules = { $count ->
    [one] Una regla del firewall de este equipo afecta al puerto { $port }.
   *[other] { $count } reglas del firewall de este equipo afectan al puerto { $port }.
}
row-firewall-limited = No se pudo leer una parte del firewall: { $detail }.
row-ping-not-possible = No se pudo probar el ping desde este equipo.
row-trace-limited = No se pudo trazar el camino: { $detail }.
row-service-running = { $service } se está ejecutando: { $programs }.
row-service-stopped = No hay ningún programa de { $service } en ejecución en este equipo.
row-bind-free = Un programa pudo abrir el puerto { $port } en este equipo.
row-bind-in-use = El puerto { $port } ya está ocupado por un programa de este equipo.
row-bind-denied = Solo los administradores pueden abrir el puerto { $port } en este equipo.
row-bind-reserved = Windows se reserva el puerto { $port }.
row-queue-dropped = { $count ->
    [one] Se descartó una conexión mientras comprobábamos, porque un programa estaba demasiado ocupado.
   *[other] Se descartaron { $count } conexiones mientras comprobábamos, porque un programa estaba demasiado ocupado.
}
read-client = Programa: { $client }
read-failure = Qué pasó: { $failure }
read-host = Equipo: { $host }
read-port = Puerto: { $port }
read-port-implied = Puerto: { $port } (el habitual; no aparece en el mensaje)
read-code = Código del mensaje: { $code }
read-socket = Archivo local: { $path }

# Detalles para soporte técnico
ui-helpdesk-evidence = Lo que vimos
ui-helpdesk-id = ID del informe: { $id }
helpdesk-run = Comprobado en { $os } { $admin ->
    [yes] como administrador
   *[no] sin permisos de administrador
}; cada paso podía tardar { $seconds } s como máximo.
os-unix = Linux y macOS
os-linux = Linux
os-macos = macOS
os-windows = Windows
os-any = Cualquier sistema
os-other = otro sistema
section-origin = De dónde viene este informe
section-data = Datos del informe
report-data-note = Port Doctor también abre este archivo: muestra el informe en el idioma de quien lo lee. No se ejecuta nada de lo que contiene.
origin-checked = Comprobado en un equipo con { $os } el { $time }, { $admin ->
    [yes] como administrador.
   *[no] sin permisos de administrador.
}
origin-read = Un mensaje leído en un equipo con { $os } el { $time }; no se comprobó nada.
origin-tried-typed = Lo que pidieron comprobar: { $tried }
origin-tried-pasted = El mensaje que pegaron: { $tried }
origin-newer = Este informe lo creó una versión más nueva de Port Doctor ({ $version }, formato de informe { $format }). Esta versión ({ $ours }) muestra lo que conoce de él; actualiza Port Doctor para verlo todo.
origin-newer-holds = Este informe lo creó una versión más nueva de Port Doctor ({ $version }, formato de informe { $format }). Esta versión ({ $ours }) no puede mostrarlo todo: { $what }. Actualiza Port Doctor para verlo todo.
origin-unknown-holds = Este informe contiene cosas que este Port Doctor ({ $ours }) no puede mostrar: { $what }.
origin-earlier = Comprobado antes, el { $time }: { $status } ({ $code }).
origin-language = Idioma de quien lo envió: { $language }

# Compartir
ui-share-heading = Compartir este informe
ui-share-intro = Copia el resumen, o guarda el informe y envía el archivo a quien te ayude. El ID identifica el informe, así es fácil saber de cuál se habla. El ID solo no abre nada: el archivo tiene que ir con él.
ui-report-id = ID del informe
ui-copy-summary = Copiar resumen
ui-copied-summary = Resumen copiado. Pégalo en un correo, un chat o una solicitud de soporte.
ui-save-json = Guardar el informe
ui-save-markdown = Guardar para soporte
ui-saved = Guardado como { $name }.
ui-save-failed = No se pudo guardar el informe. { $message }
ui-contains-heading = Qué contiene el informe
contains-target = Lo que escribiste y las direcciones a las que llevó.
contains-message = El mensaje de error tal como lo leímos: programa, equipo, puerto y código.
contains-checks = El resultado de cada comprobación y cuánto tardó.
contains-listeners = Los programas que esperan conexiones en este equipo, con sus nombres de usuario.
contains-listeners-hidden = Los programas que esperan conexiones en este equipo. Sus nombres de usuario están ocultos, salvo los de cuentas del sistema como root.
contains-firewall = Las reglas del firewall de este equipo para ese puerto.
contains-answer = La respuesta y lo que se descartó.
contains-system = El tipo de sistema y la versión de Port Doctor.
contains-rights = Si las comprobaciones se hicieron con permisos de administrador.

## Modo invisible de macOS

stealth-mode-headline = Este Mac está en modo invisible: los demás equipos no reciben ninguna respuesta.
stealth-mode-why = En modo invisible, un Mac se queda callado cuando nada acepta una conexión. Los demás equipos esperan y acaban abandonando, en lugar de saber al instante que "aquí no hay nada".
stealth-mode-step-1 = Si compruebas este Mac desde otro equipo, lo normal es que no responda a tiempo, no que rechace la conexión.
stealth-mode-step-2 = Un administrador puede desactivar el modo invisible en Ajustes del Sistema, Red, Firewall, Opciones.

## Ocultar nombres antes de compartir (el informe dice qué se ocultó)

report-redacted-some = Lo que se ocultó antes de compartir: { $hidden }. Quien reciba este informe verá en su lugar un sustituto, como host-1, siempre el mismo en todo el informe, y no el nombre real.
redacted-kept-target = Se dejó visible: el servidor que comprobaste, { $target }, y sus direcciones, para que quien te ayude sepa cuál probaste.
redacted-count-user-names = { $count ->
    [one] un nombre de usuario
   *[other] { $count } nombres de usuario
}
redacted-count-host-names = { $count ->
    [one] un nombre de equipo
   *[other] { $count } nombres de equipo
}
redacted-count-public-addresses = { $count ->
    [one] una dirección pública
   *[other] { $count } direcciones públicas
}
redacted-none-user-names = No había nombres de usuario que ocultar.
redacted-none-host-names = No había nombres de equipo que ocultar.
redacted-none-other-host-names = No había otros nombres de equipo que ocultar.
redacted-none-public-addresses = No había direcciones públicas que ocultar.
redacted-none-all = No había nombres de usuario, nombres de equipo ni direcciones públicas que ocultar.
redacted-none-other-all = No había otros nombres de usuario, nombres de equipo ni direcciones públicas que ocultar.
redacted-kept-user-names = Los nombres de usuario no se ocultaron.
redacted-kept-host-names = Los nombres de equipo no se ocultaron.
redacted-kept-public-addresses = Las direcciones públicas no se ocultaron.
ui-redact-heading = Ocultar antes de compartir
ui-redact-intro = Lo que copies o guardes no incluirá lo que marques aquí. Esta pantalla te lo sigue mostrando todo.
ui-redact-user-names = Ocultar los nombres de usuario
ui-redact-host-names = Ocultar los nombres de otros equipos y servidores
ui-redact-target = Ocultar también el servidor que comprobaste (así, quien te ayude no podrá saber cuál era)
ui-redact-public-addresses = Ocultar las direcciones públicas de internet
ui-redact-hint = Los nombres de las cuentas del sistema, como root, se mantienen. No identifican a ninguna persona y ayudan a encontrar la causa.
ui-redact-preview = Ver el resumen tal como se enviará
ui-redact-working = Preparando el informe para compartirlo…
ui-redact-failed = No se pudo preparar el informe para compartirlo. { $message }

## Más pasos de progreso

row-ping-reply-short = { $address } responde al ping.
progress-traced = Camino hasta { $address } trazado.
progress-traced-stop = Los paquetes hacia { $address } se detienen después de { $hop }.
progress-inspecting = Revisando este equipo: programas, puertos y firewall…
progress-inspected = Se revisaron los programas, puertos y firewall de este equipo.

# Pruebas: los hechos en que se basa un resultado, una línea precisa cada uno, para el soporte.
owner-parts = ({ $parts })
owner-pid = PID { $pid }
owner-user = usuario { $user }
owner-uid = UID { $uid }
evidence-probe = { $address } { $outcome ->
        [open] abierto
        [refused] rechazado
        [timeout] sin respuesta
        [unreachable] inaccesible
       *[local_error] no se inició en este equipo
    } en { $ms } ms{ $has_error ->
        [yes] {" "}({ $error })
       *[no] {""}
    }{ $has_icmp_type ->
        [yes] {" "}(ICMP tipo { $icmp_type }, código { $icmp_code }, de { $icmp_from })
       *[no] {""}
    }
evidence-hung-up = El servidor cerró la conexión { $ms } ms después de abrirse, con { $reset ->
        [yes] un reinicio (RST)
       *[no] un cierre normal (FIN)
    }, antes de enviar nada
evidence-no-listener = Nada escucha en el puerto { $port } de este equipo (lista de puertos)
evidence-listening = Escucha en { $address }{ $has_owner ->
        [yes] {" "}{ $owner }
       *[no] {""}
    }
evidence-service-listens = { $service } escucha en { $address }{ $has_owner ->
        [yes] {" "}{ $owner }
       *[no] {""}
    }
evidence-nearby = Cerca: escucha en { $address }{ $has_owner ->
        [yes] {" "}{ $owner }
       *[no] {""}
    }
evidence-not-running = Ninguno de estos programas se está ejecutando: { $programs }
evidence-runs-without-port = { $service } se está ejecutando { $running }, pero no escucha en ningún puerto TCP que veamos
evidence-queue = { $address }{ $has_owner ->
        [yes] {" "}{ $owner }
       *[no] {""}
    }: { $has_waiting ->
        [yes] { $waiting }
       *[no] ?
    } en espera, cola { $has_backlog ->
        [yes] { $backlog }
       *[no] ?
    }
evidence-queue-counters = Durante la prueba: ListenOverflows { $overflows_before } → { $overflows_after } (+{ $added }), ListenDrops { $drops_before } → { $drops_after }
evidence-bind-denied = Ocupar el puerto { $port } en { $address } sin permisos de administrador: { $has_error ->
        [yes] { $error }
       *[no] permiso denegado
    }{ $has_unprivileged_from ->
        [yes] {" "}(desde el puerto { $unprivileged_from }, cualquier usuario puede)
       *[no] {""}
    }
evidence-excluded-range = El puerto { $port } está en el rango excluido { $start }–{ $end }
evidence-bind-in-use = Ocupar el puerto { $port } en { $address }: { $has_error ->
        [yes] { $error }
       *[no] en uso
    }, aunque nada escucha ahí
evidence-owner-hidden = El dueño de { $address } no se ve{ $has_owner ->
        [yes] {" "}{ $owner }
       *[no] {""}
    }
evidence-holds = Otro programa{ $has_owner ->
        [yes] {" "}{ $owner }
       *[no] {""}
    } ocupa { $address }, no { $service }
evidence-trace = Traza TCP a { $address }, puerto { $port }: { $hops } (en silencio después de { $last })
evidence-ping-silent = Ping a { $address } ({ $method }): sin respuesta; el puerto TCP { $port } sí respondió
evidence-rule = Regla del firewall ({ $hook }): { $rule } [{ $action }]
evidence-stealth = Firewall de aplicaciones de macOS: activado; modo oculto: activado
evidence-firewall-unread = No se pudo leer el firewall: { $limits }
evidence-firewall-clear = { $sources }: ninguna regla bloquea el puerto TCP { $port }
evidence-resolved = Resolución de nombres del sistema: { $host } → { $addresses } en { $ms } ms
evidence-name-no-address = Resolución de nombres del sistema: { $host } no tiene dirección (EAI_NODATA), tras { $ms } ms
evidence-name-not-found = Resolución de nombres del sistema: { $host } no existe (EAI_NONAME / NXDOMAIN), tras { $ms } ms
evidence-name-no-answer = Resolución de nombres del sistema: { $host }: sin respuesta en { $deadline_ms } ms
evidence-name-try-again = Resolución de nombres del sistema: { $host }: fallo temporal (EAI_AGAIN), tras { $ms } ms
evidence-name-error = Resolución de nombres del sistema: { $host }: { $detail }
evidence-read = Leído en el mensaje: { $failure ->
        [refused] rechazada
        [timeout] sin respuesta
        [unreachable] inaccesible
        [dns] nombre no encontrado
        [reset] conexión cortada
        [unix_socket] falta el socket local
        [tls] falló la conexión segura
       *[other] sin causa indicada
    }{ $has_client ->
        [yes], programa { $client }
       *[no] {""}
    }{ $has_host ->
        [yes], equipo { $host }
       *[no] {""}
    }{ $has_port ->
        [yes], puerto { $port }{ $implied ->
            [yes] {" "}(el habitual del programa)
           *[no] {""}
        }
       *[no] {""}
    }{ $has_error_code ->
        [yes], código { $error_code }
       *[no] {""}
    }{ $has_socket ->
        [yes], archivo { $socket }
       *[no] {""}
    }
evidence-refused-on-ipv6-loopback = Rechazada en ::1 (la dirección IPv6 de este equipo); un servidor solo en 127.0.0.1 no se alcanza ahí

## The web edition (ui/embed): <port-doctor-explain>, <port-doctor-report> and the demo page

embed-explain-label = El mensaje de error que viste
embed-explain-hint = Pega el mensaje completo. Se queda en este navegador: no se envía nada a ninguna parte.
embed-explain-keys = Presiona Intro para explicarlo. En un mensaje de varias líneas, presiona Ctrl+Intro.
embed-details-show = Ver los detalles
embed-details-hide = Ocultar los detalles
embed-commands-hint = Cada comando es para el sistema que aparece a su lado. Nada aquí los ejecuta.
embed-loading = Port Doctor se está preparando…
embed-unavailable = Port Doctor no pudo iniciarse en este navegador. Prueba con un navegador más reciente o avisa al responsable de este sitio.
embed-report-drop = O suelta el archivo aquí. Nada de lo que contiene sale de este navegador.
embed-report-too-large = Este archivo es demasiado grande para ser un informe de Port Doctor. Un informe ocupa como mucho 4 MB.
embed-report-unreadable = El navegador no pudo leer este archivo. Intenta abrirlo otra vez.
embed-report-opened = El informe de { $file } está abierto.
embed-report-opened-text = El informe está abierto.
embed-their-language = Idioma de quien lo envió: { $language }
embed-earlier = { $local }, hora local ({ $utc }): { $status } ({ $code })
embed-demo-title = Port Doctor en una página web
embed-demo-intro = Las dos partes de abajo funcionan en tu navegador. Nada de lo que pegas o abres se envía a ninguna parte.
embed-demo-explain = Explicar un mensaje de error
embed-demo-report = Abrir un informe que alguien te envió

## Lo que hay en medio: proxies, kubectl port-forward

proxy-not-running-headline = { $by_port ->
    [yes] En { $proxy } suele escuchar un programa proxy como { $program }, y ahí no respondió nada.
   *[no] { $source ->
        [message] { $has_proxy ->
            [yes] { $silent ->
                [yes] La conexión pasaba por un proxy en { $proxy }, y el proxy no respondió.
               *[no] La conexión pasaba por un proxy en { $proxy }, y ahí no respondió nada.
            }
           *[no] { $silent ->
                [yes] La conexión pasaba por un proxy, y el proxy no respondió.
               *[no] La conexión pasaba por un proxy, y ahí no respondió nada.
            }
        }
       *[other] { $silent ->
            [yes] Este equipo envía el tráfico web por un proxy en { $proxy }, y el proxy no responde.
           *[no] Este equipo envía el tráfico web por un proxy en { $proxy }, y ahí no responde nada.
        }
    }
}
proxy-not-running-why = { $source ->
    [environment] La variable de entorno { $setting } envía las conexiones por { $proxy }.
    [windows] La configuración de proxy de Windows envía el tráfico web por { $proxy }.
    [macos] Los ajustes de red de macOS envían el tráfico web por { $proxy }.
    [gnome] La configuración de proxy de red de GNOME envía el tráfico web por { $proxy }.
    [kde] La configuración de proxy de KDE envía el tráfico web por { $proxy }.
    [winhttp] El proxy WinHTTP de Windows (el que usan los servicios y las actualizaciones) envía el tráfico web por { $proxy }.
   *[message] { $by_port ->
        [yes] Los programas que usan un proxy en este equipo envían su tráfico a un puerto así, y la conexión a { $proxy } fue rechazada.
       *[no] { $has_proxy ->
            [yes] El mensaje dice que la conexión pasaba por un proxy en { $proxy }.
           *[no] El mensaje dice que la conexión pasaba por un proxy, pero no cuál.
        }
    }
} { $has_program ->
    [yes] Es el puerto que usa { $program }, así que probablemente { $program } no está en marcha.
   *[no] { $silent ->
        [yes] Ahí no respondió nada a tiempo.
       *[no] Ningún programa acepta conexiones ahí.
    }
}
proxy-not-running-step-1 = { $has_program ->
    [yes] Vuelve a iniciar { $program }.
   *[no] Vuelve a iniciar el programa proxy, o pregunta a quien lo configuró.
}
proxy-not-running-step-2 = { $source ->
    [environment] O prescinde del proxy: ejecuta «unset { $setting }» y quítala del archivo que la define (como ~/.bashrc).
    [windows] O prescinde de él: Configuración › Red e Internet › Proxy, y desactiva «Usar un servidor proxy».
    [macos] O prescinde de él: Ajustes del Sistema › Red › tu red › Detalles › Proxies, y desactiva el proxy.
    [gnome] O prescinde de él: Configuración › Red › Proxy de la red › Desactivado.
    [kde] O prescinde de él: Preferencias del sistema › Red › Proxy › Sin proxy.
    [winhttp] O prescinde de él: ejecuta netsh winhttp reset proxy en una terminal abierta como administrador.
   *[message] O desactiva el proxy en la configuración de proxy del programa o del sistema.
}
proxy-not-running-step-3 = Luego vuelve a intentarlo.
proxy-not-running-ruled-out = El proxy en { $proxy } responde y conecta con { $host }.
proxy-refused-target-headline = El proxy en { $proxy } responde, pero no conectó con { $host }.
proxy-refused-target-why = { $has_status_line ->
    [yes] Al pedirle que conectara con { $host } puerto { $port }, respondió: { $status_line }
   *[no] Al pedirle que conectara con { $host } puerto { $port }, cerró la conexión sin responder.
} El proxy, o la red que hay detrás, está entre tú y { $host }.
proxy-refused-target-step-1 = Pregunta a quien gestiona el proxy si puede conectar con { $host } puerto { $port } (403 significa que no puede; 502 o 504, que no lo consiguió).
proxy-refused-target-step-2 = Si a { $host } se debe llegar directamente, añádelo a las excepciones del proxy (NO_PROXY, o «No usar el proxy para estas direcciones»).
proxy-refused-target-step-3 = Si sigue fallando, envía este informe a tu soporte técnico.
port-forward-no-listener-headline = { $has_pod_port ->
    [yes] kubectl llegó al pod, pero dentro nada escucha en el puerto { $pod_port }.
   *[no] kubectl llegó al pod, pero dentro nada escucha en ese puerto.
}
port-forward-no-listener-why = kubectl port-forward pasa la conexión a un puerto dentro del pod, y ahí fue rechazada: el programa del contenedor no está en marcha, usa otro puerto o escucha en otra dirección.
port-forward-no-listener-step-1 = Comprueba que el programa del pod está en marcha y qué puerto usa (kubectl get pod, kubectl logs).
port-forward-no-listener-step-2 = Redirige al puerto que el programa usa de verdad: kubectl port-forward POD LOCAL:REMOTO.
evidence-proxy-set = { $proxy } lo define { $setting } ({ $source ->
    [environment] entorno
    [windows] configuración de Windows
    [macos] ajustes de macOS
    [gnome] configuración de GNOME
    [kde] configuración de KDE
    [winhttp] configuración de WinHTTP
   *[message] el mensaje
})
evidence-proxy-answer = { $proxy }, al pedirle conectar con { $target }: { $has_status_line ->
    [yes] { $status_line }
   *[no] sin respuesta
}
evidence-proxy-pac = Hay un script de configuración automática del proxy ({ $source ->
    [environment] entorno
    [windows] configuración de Windows
    [macos] ajustes de macOS
    [gnome] configuración de GNOME
    [kde] configuración de KDE
    [winhttp] configuración de WinHTTP
   *[message] el mensaje
}): { $url } (no se ejecutó: no se sabe qué proxy elige)

container-not-listening-headline = { $gone ->
    [yes] Este equipo redirige el puerto { $port } a { $forward_to }, pero ya ningún contenedor de aquí tiene esa dirección.
   *[no] Este equipo redirige el puerto { $port } a un contenedor ({ $forward_to }), y ahí no escucha nada.
}
container-not-listening-why = { $gone ->
    [yes] La redirección (una regla DNAT, como las que escriben Docker, Podman y Kubernetes) apunta a un contenedor que se detuvo, o que se volvió a crear con otra dirección.
   *[no] La redirección (una regla DNAT, como las que escriben Docker, Podman y Kubernetes) llega a { $has_container ->
        [yes] { $container }
       *[no] el contenedor
    }, pero ahí ningún programa escucha en ese puerto: no está en marcha, o usa otro puerto.
}
container-not-listening-step-1 = { $gone ->
    [yes] Vuelve a iniciar el contenedor (docker ps -a muestra los detenidos), o vuelve a publicar su puerto.
   *[no] Mira el programa del contenedor: su registro (docker logs) y el puerto que debe usar.
}
container-not-listening-step-2 = Comprueba qué puerto publica el contenedor: docker port, o los ports de tu archivo compose.
container-loopback-only-headline = El programa de { $has_container ->
    [yes] { $container }
   *[no] el contenedor
} solo escucha en su propio 127.0.0.1, así que la redirección del puerto { $port } no llega a él.
container-loopback-only-why = Un contenedor tiene su propia red, con su propio 127.0.0.1. El programa escucha ahí en { $listen_address }, pero la redirección envía las conexiones a { $forward_to }, otra dirección del contenedor.
container-loopback-only-step-1 = Haz que el programa escuche en 0.0.0.0 dentro del contenedor (por ejemplo --host 0.0.0.0, o bind 0.0.0.0 en su configuración).
container-loopback-only-step-2 = Luego reinicia el contenedor y vuelve a comprobar.
port-not-published-headline = Un programa de { $has_container ->
    [yes] { $container }
   *[no] un contenedor
} escucha en el puerto { $port }, pero el puerto { $port } de este equipo no lleva ahí.
port-not-published-why = El programa escucha en { $listen_address } dentro de la red propia del contenedor. Nada redirige el puerto { $port } de este equipo hacia él: el puerto del contenedor no está publicado.
port-not-published-step-1 = Publica el puerto al iniciar el contenedor: docker run -p { $port }:{ $port } (o ports: en el archivo compose).
port-not-published-step-2 = O conéctate a la dirección propia del contenedor.
evidence-forward = Redirección: { $rule }
evidence-listens-inside = Escucha en { $container }: { $address }

wsl-localhost-headline = { $side ->
    [linux] Si el programa se ejecuta en Windows: dentro de WSL, localhost es el de Linux, no el de Windows.
   *[windows] Si el programa se ejecuta en WSL: su reenvío de localhost está desactivado, así que localhost aquí no llega a él.
}
wsl-localhost-why = { $side ->
    [linux] Aquí WSL funciona en modo NAT: Linux tiene su propia red, y Windows está en { $windows_host }.
   *[windows] El archivo .wslconfig desactiva localhostForwarding, así que localhost en Windows solo lleva a los programas de Windows.
}
wsl-localhost-step-1 = { $side ->
    [linux] Conéctate a { $windows_host } en su lugar, y haz que el programa de Windows escuche en esa dirección (y que su firewall lo permita).
   *[windows] Pon localhostForwarding=true en la parte [wsl2] de .wslconfig y luego ejecuta wsl --shutdown.
}
wsl-localhost-step-2 = O cambia WSL a red reflejada (networkingMode=mirrored en .wslconfig, Windows 11 22H2 o posterior): así ambos lados comparten localhost.

proxy-pac-not-run-headline = Aquí un script de configuración automática del proxy decide por qué proxy pasa el tráfico web, y Port Doctor no lo ejecuta.
proxy-pac-not-run-why = Puede que el script de { $url } envíe la conexión a { $host } por un proxy que esta comprobación no examinó.
proxy-pac-not-run-step-1 = Pregunta a quien administra este equipo qué proxy elige el script para { $host } y si está en marcha.
proxy-pac-not-run-step-2 = O abre { $url } en un navegador: el script es un texto corto que nombra sus proxies.

containers-not-seen-headline = No se pudieron examinar los programas de los contenedores.
containers-not-seen-why = Ver las redirecciones de los contenedores y los programas de otros usuarios en sus propias redes requiere permisos de administrador, así que un contenedor detrás del puerto { $port } no aparecería aquí.
containers-not-seen-step-1 = Ejecuta Port Doctor como administrador (sudo) para examinar también los contenedores.
