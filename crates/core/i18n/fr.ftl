# Port Doctor — catalogue des messages en français (France).
#
# Chaque phrase qu'une personne lit vient d'ici. Un constat de code X utilise
#   X-headline  (la réponse, 12 mots au plus)
#   X-why       (deux phrases au plus)
#   X-step-1 .. X-step-3  (que faire, numéroté)
#   X-ruled-out (une phrase, quand les règles ont écarté cette cause)
# Des mots simples en haut ; les termes techniques vont dans les détails pour l'assistance.

## Mots partagés

place-this-computer = cet ordinateur
place-this-computer-start = Cet ordinateur
status-problem = Problème détecté
status-ok = Tout va bien
status-cant-tell = Vérification impossible
status-unclear = Pas de réponse claire
confidence-certain = certain
confidence-likely = probable
confidence-possible = possible
section-why = Pourquoi cela arrive
section-steps = Que faire
section-how = Comment nous le savons
section-ruled-out = Causes écartées
section-also = Autres causes possibles
section-helpdesk = Détails pour l'assistance
section-commands = Les mêmes vérifications à la main
section-understood = Ce que nous avons lu dans le message
report-title = Rapport Port Doctor { $id }
report-header = Rapport { $id } · { $time } · Port Doctor { $version } sur { $os }
how-sure-certain = Certain : nous l'avons vu directement.
how-sure-likely = Probable : cela correspond à tout ce que nous avons vu, mais nous n'avons pas pu le voir directement.
how-sure-possible = Possible : c'est l'une des explications de ce que nous avons vu.
report-target = Cible : { $input } → { $host } port { $port }
report-redacted = Rien n'a été masqué dans ce rapport.
# A label and its text, and a label over a list, in the plain-text report.
text-label = { $label } : { $text }
text-heading = { $label } :
# Between the items of a list of words ("2 user names, 1 host name").
list-separator = { ", " }
# The decimal sign of numbers such as 0.3 ms.
decimal-separator = ,

## Progression (affichée pendant les vérifications)

progress-resolving = Recherche de { $host } ({ $seconds } s d'attente au plus)…
progress-resolved = { $host } trouvé : { $addresses }
progress-probing = Essai de { $address } sur le port { $port } ({ $seconds } s d'attente au plus)…
progress-probed = { $address } : { $outcome }
progress-still = Toujours en train de vérifier { $what }. Certains réseaux mettent du temps à répondre.
progress-cancelled = Arrêté. Rien d'autre n'a été vérifié.

## Lignes de « Comment nous le savons »

row-literal = { $host } est déjà une adresse : aucune recherche n'était nécessaire.
row-resolved = { $host } a été trouvé : { $addresses } ({ $ms } ms).
row-not-resolved = L'adresse de { $host } n'a pas pu être trouvée.
row-open = { $address } port { $port } : un programme a répondu ({ $ms } ms).
row-open-hung-up = { $address } port { $port } : un programme a répondu ({ $ms } ms), puis a aussitôt fermé la connexion.
row-refused = { $address } port { $port } : connexion refusée aussitôt ({ $ms } ms).
row-timeout = { $address } port { $port } : pas de réponse en { $ms } ms.
row-unreachable = { $address } port { $port } : injoignable ({ $ms } ms).
row-ping-reply = { $address } répond au ping ({ $ms } ms).
row-ping-none = { $address } ne répond pas au ping.
row-trace = Le chemin vers { $address } : { $hops }.
progress-tracing = Recherche de l'endroit où s'arrêtent les paquets vers { $address }…
row-not-here = Ce type d'ordinateur ne montre pas { $what }.
capability-listener-table = quels programmes écoutent sur quels ports
capability-listen-queue = combien de connexions attendent un programme
capability-queue-counters = combien de connexions un programme surchargé a rejetées
capability-icmp-sender = quel appareil a refusé une connexion
capability-trace = à quel endroit du chemin les paquets s'arrêtent
capability-firewall = les règles de son pare-feu
row-local-error = { $address } port { $port } : cet ordinateur n'a pas pu essayer ({ $ms } ms).

## Réponses d'une vérification

reachable-headline = Le port { $port } de { $host } répond.
reachable-why = Un programme a accepté la connexion à { $address } en { $ms } ms. Le chemin est ouvert en ce moment.
reachable-step-1 = Si votre programme échoue encore, collez ici son message d'erreur exact.
reachable-step-2 = Vérifiez que votre programme utilise la même adresse et le même port.

dns-failure-headline = Le nom { $host } n'existe pas.
dns-failure-why = Les serveurs de noms ont répondu qu'aucun ordinateur ne s'appelle { $host }. C'est souvent une faute de frappe, ou un nom qui ne fonctionne que dans un autre réseau.
dns-failure-step-1 = Vérifiez l'orthographe de { $host }.
dns-failure-step-2 = Si le nom ne fonctionne qu'au bureau ou via un VPN, connectez-vous d'abord à ce réseau.
dns-failure-step-3 = Vérifiez à nouveau une fois le nom corrigé.
dns-failure-ruled-out = Le nom { $host } a été trouvé : { $addresses }.

dns-no-address-headline = Le nom { $host } n'a aucune adresse où se connecter.
dns-no-address-why = Le nom existe, mais il ne mène à aucun ordinateur que celui-ci peut joindre. Son propriétaire ne l'a peut-être pas encore configuré.
dns-no-address-step-1 = Vérifiez que vous avez le nom complet et exact.
dns-no-address-step-2 = Demandez au propriétaire de { $host } de lui ajouter une adresse.

dns-no-answer-headline = Cet ordinateur n'a pas pu trouver l'adresse de { $host }.
dns-no-answer-why = Le service qui traduit les noms en adresses n'a pas répondu à temps. Le nom est peut-être correct : c'est ce service qui ne fonctionne pas ou qui est injoignable.
dns-no-answer-step-1 = Vérifiez que cet ordinateur est connecté à Internet, puis vérifiez à nouveau.
dns-no-answer-step-2 = Si vous utilisez un VPN, connectez-vous-y ou déconnectez-le, puis réessayez.
dns-no-answer-step-3 = Si cela se reproduit, envoyez ce rapport à votre service informatique.

dns-error-headline = La recherche de { $host } a échoué.
dns-error-why = Cet ordinateur n'a pas pu traduire le nom en adresse. Le système a indiqué : { $detail }.
dns-error-step-1 = Cherchez une faute de frappe dans le nom, puis vérifiez à nouveau.
dns-error-step-2 = Si l'échec persiste, envoyez ce rapport à votre service informatique.

no-listener-headline = { $from_outside ->
    [yes] Rien n'a accepté la connexion sur le port { $port } de { $host }.
   *[no] Aucun programme ne répond sur le port { $port } de { $host }.
}
no-listener-why = { $from_outside ->
    [yes] { $host_at_start } a aussitôt refusé la connexion. Soit aucun programme n'utilise ce port là-bas, soit un pare-feu vous a refusé l'accès. D'ici, les deux cas se ressemblent.
   *[no] { $host_at_start } a répondu aussitôt que rien n'accepte de connexion sur le port { $port }. En général, le programme n'est pas lancé, ou il utilise un autre port.
}
no-listener-step-1 = { $from_outside ->
    [yes] Lancez Port Doctor directement sur { $host } : là-bas, il peut faire la différence.
   *[no] Démarrez ou redémarrez le programme qui doit répondre sur le port { $port }.
}
no-listener-step-2 = { $from_outside ->
    [yes] Vérifiez que le programme qui doit répondre sur le port { $port } y est bien lancé.
   *[no] Vérifiez quel port est indiqué dans les réglages du programme.
}
no-listener-step-3 = { $this_computer ->
    [yes] Si l'échec persiste, envoyez ce rapport à la personne qui s'occupe de cet ordinateur.
   *[no] Si { $host } ne vous appartient pas, envoyez ce rapport à son propriétaire.
}
no-listener-ruled-out = Un programme répond sur le port { $port } de { $host }.

closed-at-once-headline = { $this_computer ->
    [yes] Le programme du port { $port } de cet ordinateur fonctionne, mais il a fermé la connexion dès son ouverture.
   *[no] Le programme du port { $port } de { $host } fonctionne, mais il a fermé la connexion dès son ouverture.
}
closed-at-once-why = La connexion à { $address } a été établie : le chemin et le port sont donc ouverts. Puis { $has_process ->
    [yes] { $process }
   *[no] le programme
} l'a fermée aussitôt{ $reset ->
    [yes] , par une réinitialisation,
   *[no] {""}
} sans rien envoyer. Les programmes font cela quand ils refusent eux-mêmes un client : une liste d'accès (hosts.allow et hosts.deny de TCP wrappers), une limite de connexions atteinte (MaxStartups de sshd), un service surchargé, ou un port qui attend un autre protocole (TLS, par exemple).
closed-at-once-step-1 = { $this_computer ->
    [yes] Cherchez dans le journal du programme pourquoi il a fermé la connexion. Dans ses réglages, voyez quels clients il accepte, et combien à la fois.
   *[no] Demandez à la personne qui s'occupe de { $host } de regarder le journal et les réglages du programme : pourquoi il a fermé la connexion, et quels clients il accepte.
}
closed-at-once-step-2 = Si le programme est surchargé, attendez une minute et vérifiez à nouveau.
closed-at-once-step-3 = Vérifiez que votre programme parle le langage attendu sur ce port (par exemple https, pas http).

bound-elsewhere-headline = Le programme du port { $port } n'accepte les connexions qu'à l'adresse { $listen_address }.
bound-elsewhere-why = { $has_process ->
    [yes] { $process } écoute sur le port { $port }, mais seulement à l'adresse { $listen_address }, pas à { $address }.
   *[no] Un programme écoute sur le port { $port }, mais seulement à l'adresse { $listen_address }, pas à { $address }.
} { $loopback_only ->
    [yes] { $from_loopback ->
        [yes] Ce sont deux adresses de cet ordinateur, mais un programme ne répond qu'aux adresses sur lesquelles il écoute.
       *[no] Seuls les programmes de ce même ordinateur peuvent le joindre.
    }
   *[no] Les connexions vers les autres adresses de cet ordinateur sont refusées.
}
bound-elsewhere-step-1 = { $this_computer ->
    [yes] Connectez-vous plutôt à { $listen_address }.
   *[no] Connectez-vous plutôt à { $listen_address }, si vous êtes sur le même ordinateur.
}
bound-elsewhere-step-2 = Ou réglez le programme pour qu'il écoute sur toutes les adresses (0.0.0.0 ou ::), puis redémarrez-le.
bound-elsewhere-step-3 = Vérifiez à nouveau après la modification.

wrong-port-headline = { $has_service ->
    [yes] { $service } fonctionne, mais sur le port { $other_port }, pas { $port }.
   *[no] Rien ne répond sur le port { $port }, mais un programme répond sur le port { $other_port }.
}
wrong-port-why = { $has_service ->
    [yes] { $process } écoute sur le port { $other_port } de cet ordinateur. Votre programme le cherche sur le port { $port }, où rien n'écoute.
   *[no] { $has_process ->
        [yes] { $process } écoute sur le port { $other_port }, proche du port demandé.
       *[no] Un programme écoute sur le port { $other_port }, proche du port demandé.
    } C'est peut-être celui que vous vouliez, réglé sur un autre port.
}
wrong-port-step-1 = Utilisez le port { $other_port } dans votre programme, si c'est le bon.
wrong-port-step-2 = Ou réglez le programme sur le port { $port }, puis redémarrez-le.
wrong-port-step-3 = Vérifiez à nouveau après la modification.

service-not-running-headline = { $service } ne fonctionne pas sur { $host }.
service-not-running-why = Rien n'écoute sur le port { $port }, et aucun programme { $service } n'est lancé. Il s'est peut-être arrêté, n'a pas pu démarrer, ou n'est pas installé ici.
service-not-running-step-1 = Démarrez { $service } (comme service, ou à la main).
service-not-running-step-2 = S'il s'arrête de nouveau aussitôt, lisez son journal : la raison s'y trouve souvent.
service-not-running-step-3 = Vérifiez à nouveau une fois qu'il fonctionne.

port-taken-headline = { $has_process ->
    [yes] { $has_service ->
        [yes] Le port { $port } est utilisé par { $process }, pas par { $service }.
       *[no] Le port { $port } est utilisé par { $process }.
    }
   *[no] Un autre programme occupe le port { $port } sans y répondre.
}
port-taken-why = { $has_process ->
    [yes] { $process }{ $has_pid ->
        [yes] {" "}(PID { $pid })
       *[no] {""}
    } occupe le port { $port }. Tant que c'est le cas, { $has_service ->
        [yes] { $service }
       *[no] un autre programme
    } ne peut pas utiliser ce port : il ne démarre pas ou répond ailleurs.
   *[no] Quelque chose sur cet ordinateur a ouvert le port { $port } mais n'y accepte aucune connexion. Un serveur qui a besoin de ce port ne peut pas démarrer.
}
port-taken-step-1 = { $has_process ->
    [yes] Arrêtez { $process }, ou déplacez l'un des deux programmes sur un autre port.
   *[no] Trouvez et arrêtez le programme qui occupe le port { $port }, ou utilisez un autre port.
}
port-taken-step-2 = Puis démarrez le programme dont vous avez besoin et vérifiez à nouveau.

privileged-port-headline = Sans droits d'administrateur, un programme ne peut pas ouvrir le port { $port } ici.
privileged-port-why = Sur cet ordinateur, les ports inférieurs à { $threshold } sont réservés aux administrateurs. Un programme lancé par un utilisateur normal ne peut pas y écouter : il n'a donc peut-être pas pu démarrer.
privileged-port-step-1 = Utilisez pour le programme un port égal ou supérieur à { $threshold }.
privileged-port-step-2 = Ou lancez-le avec les droits nécessaires (comme service système, par exemple).

reserved-port-range-headline = Windows s'est réservé le port { $port }.
reserved-port-range-why = Les ports { $range_start } à { $range_end } sont réservés par Windows (souvent pour Hyper-V, WSL ou Docker). Aucun programme ne peut les ouvrir.
reserved-port-range-step-1 = Utilisez pour le programme un port en dehors de { $range_start }–{ $range_end }.
reserved-port-range-step-2 = Ou demandez à un administrateur de changer les plages réservées (netsh int ipv4 show excludedportrange protocol=tcp les affiche).

needs-admin-headline = Certains détails demandent des droits d'administrateur.
needs-admin-why = { $count ->
    [one] Nous n'avons pas pu voir quel programme utilise l'un des ports, car il appartient à un autre utilisateur.
   *[other] Nous n'avons pas pu voir quels programmes utilisent { $count } des ports, car ils appartiennent à d'autres utilisateurs.
} La réponse ci-dessus n'en dépend pas, mais un administrateur en voit plus.
needs-admin-step-1 = Relancez Port Doctor en tant qu'administrateur pour voir tous les programmes.

backlog-overflow-headline = { $has_process ->
    [yes] { $process } sur le port { $port } est trop occupé pour accepter de nouvelles connexions.
   *[no] Le programme du port { $port } est trop occupé pour accepter de nouvelles connexions.
}
backlog-overflow-why = { $waiting } connexions attendent, pour { $backlog } places : les nouvelles sont donc rejetées. L'autre côté attend alors, puis abandonne, comme s'il n'y avait rien.
backlog-overflow-step-1 = Vérifiez le programme : il est peut-être bloqué, ou trop lent pour suivre. Le redémarrer vide la file d'attente.
backlog-overflow-step-2 = { $has_somaxconn ->
    [yes] S'il est juste très sollicité, agrandissez sa file d'attente (réglage backlog ; ce système accepte jusqu'à { $somaxconn }).
   *[no] S'il est juste très sollicité, agrandissez sa file d'attente (réglage backlog).
}
backlog-overflow-step-3 = Vérifiez à nouveau ensuite.

ipv6-ipv4-mismatch-headline = Le port { $port } ne répond que sur l'une des adresses de { $host }.
ipv6-ipv4-mismatch-why = { $host_at_start } a deux types d'adresse. Il répond à { $works_address } mais pas à { $fails_address }, et certains programmes n'essaient que la seconde.
ipv6-ipv4-mismatch-step-1 = Utilisez l'adresse qui fonctionne : { $works_address }.
ipv6-ipv4-mismatch-step-2 = Ou réglez le programme sur { $host } pour qu'il écoute sur les deux types d'adresse.
ipv6-ipv4-mismatch-step-3 = Vérifiez à nouveau après la modification.

some-addresses-fail-headline = Adresses de { $host } sans réponse sur le port { $port } : { $failed } sur { $total }.
some-addresses-fail-why = { $host_at_start } a plusieurs adresses. Certaines répondent, d'autres non : un programme peut donc fonctionner une fois et échouer la suivante.
some-addresses-fail-step-1 = Signalez au propriétaire de { $host } que { $fails_address } ne répond pas.
some-addresses-fail-step-2 = En attendant la correction, utilisez une adresse qui fonctionne.

timeout-headline = { $host_at_start } n'a pas répondu sur le port { $port }.
timeout-why = Aucune réponse n'est arrivée en { $seconds } s. { $ping ->
    [replied] { $host_at_start } répond au ping, il est donc allumé : quelque chose bloque les connexions au port { $port }, en général un pare-feu.
    [silent] { $host_at_start } ne répond pas non plus au ping : il est peut-être éteint ou injoignable, ou un pare-feu bloque tout.
   *[other] En général, un pare-feu bloque la connexion en silence, ou l'ordinateur est éteint ou surchargé.
}
timeout-step-1 = { $ping ->
    [replied] Demandez au propriétaire de { $host } si un pare-feu bloque le port { $port }.
   *[other] Vérifiez que { $host } est allumé et connecté.
}
timeout-step-2 = { $ping ->
    [replied] Demandez-lui aussi de vérifier que le programme du port { $port } fonctionne et n'est pas surchargé.
   *[other] Demandez au propriétaire de { $host } si un pare-feu bloque le port { $port }.
}
timeout-step-3 = Vérifiez à nouveau ; si l'échec persiste, envoyez ce rapport.
timeout-ruled-out = { $host_at_start } a répondu vite : rien ne le bloque en silence sur le chemin.

firewall-reject-headline = Un pare-feu a refusé la connexion au port { $port }.
firewall-reject-why = { $sender_where ->
    [target] { $host_at_start } a lui-même renvoyé un message qui bloque le port { $port }.
    [path] Un appareil sur le chemin ({ $sender }) a renvoyé un message qui bloque le port { $port }.
    [this-computer] Un pare-feu de cet ordinateur a bloqué la connexion avant son départ.
    [rule-target] Le pare-feu de { $host } a une règle qui refuse les connexions au port { $port }.
    [rule-here] Le pare-feu de cet ordinateur a une règle qui bloque les connexions au port { $port }.
   *[unknown] La connexion a été bloquée avant d'atteindre un programme sur { $host }.
} { $sender_where ->
    [rule-target] Vu de l'extérieur, cela ressemble exactement à « rien n'écoute ».
    [rule-here] La connexion n'a jamais quitté cet ordinateur.
   *[other] Un programme qui fonctionne normalement ne répond pas ainsi : la cause habituelle est une règle de pare-feu.
}
firewall-reject-step-1 = Demandez au propriétaire de { $host } d'autoriser le port { $port } dans le pare-feu.
firewall-reject-step-2 = { $sender_where ->
    [rule-target] Envoyez ce rapport : il indique la règle.
    [rule-here] Envoyez ce rapport : il indique la règle.
   *[other] Envoyez ce rapport : il indique d'où vient le blocage.
}
firewall-reject-step-3 = Vérifiez à nouveau une fois la règle modifiée.

firewall-drop-headline = Un pare-feu bloque en silence les connexions au port { $port }.
firewall-drop-why = { $place ->
    [path] Les paquets vers { $host } vont jusqu'à { $last_hop } (à { $last_ttl ->
        [one] une étape
       *[other] { $last_ttl } étapes
    } d'ici), puis plus rien ne revient. Un pare-feu situé à { $last_hop } ou plus loin les bloque probablement.
    [target] { $by_policy ->
        [yes] Le pare-feu de { $host } bloque tout ce qu'il n'autorise pas, et le port { $port } n'est pas autorisé.
       *[no] Le pare-feu de { $host } a une règle qui bloque les connexions au port { $port } sans répondre.
    }
   *[other] { $by_policy ->
        [yes] Le pare-feu de cet ordinateur bloque tout ce qu'il n'autorise pas, et le port { $port } n'est pas autorisé.
       *[no] Le pare-feu de cet ordinateur a une règle qui bloque les connexions au port { $port } avant leur départ.
    }
} Votre programme attend une réponse qui ne vient jamais, puis abandonne.
firewall-drop-step-1 = Demandez à l'administrateur de { $host } d'autoriser le port { $port } dans le pare-feu.
firewall-drop-step-2 = { $place ->
    [path] Envoyez ce rapport : il montre où les paquets s'arrêtent.
   *[other] Envoyez ce rapport : il indique la règle.
}
firewall-drop-step-3 = Vérifiez à nouveau après la modification.
firewall-drop-ruled-out = { $place ->
    [both] Aucune règle du pare-feu de cet ordinateur ne bloque le port { $port }.
   *[other] Aucune règle du pare-feu de cet ordinateur ne bloque les connexions au port { $port }.
}

firewall-not-read-headline = Les règles du pare-feu n'ont pas pu être lues.
firewall-not-read-why = { $unavailable ->
    [yes] Le pare-feu n'a pas répondu à nos questions sur cet ordinateur (des droits d'administrateur n'y changeraient rien) : nous n'avons donc pas pu vérifier si une règle bloque le port { $port }.
   *[no] Lire le pare-feu demande des droits d'administrateur : nous n'avons donc pas pu vérifier si une règle bloque le port { $port }.
}
firewall-not-read-step-1 = { $unavailable ->
    [yes] Pour voir les règles malgré tout, exécutez : { $command }
   *[no] Lancez Port Doctor en tant qu'administrateur, ou demandez à un administrateur d'exécuter : { $command }
}

icmp-blocked-but-tcp-fine-headline = { $address } ignore le ping, mais son port répond.
icmp-blocked-but-tcp-fine-why = Beaucoup d'ordinateurs sont réglés pour ne pas répondre au ping. C'est normal, et ce n'est pas la raison d'un échec de connexion.
icmp-blocked-but-tcp-fine-step-1 = Ne vous fiez pas au ping pour tester cet ordinateur : vérifiez plutôt son port.

host-unreachable-headline = { $no_neighbour ->
    [yes] { $host_at_start } n'est pas sur le réseau en ce moment : rien n'a répondu à cette adresse.
   *[no] { $host_at_start } est injoignable depuis cet ordinateur.
}
host-unreachable-why = { $no_neighbour ->
    [yes] { $host } est sur le même réseau local que cet ordinateur. Celui-ci a demandé quel appareil a cette adresse, et aucun n'a répondu. L'ordinateur visé est éteint, débranché, en veille, ou a changé d'adresse.
   *[no] { $has_sender ->
        [yes] Un appareil sur le chemin ({ $sender }) a indiqué qu'il ne peut rien transmettre à { $host }.
       *[no] Cet ordinateur n'a trouvé aucun moyen de joindre { $host }.
    } L'ordinateur est peut-être éteint, déconnecté, ou sur un réseau auquel vous n'êtes pas connecté.
}
host-unreachable-step-1 = { $no_neighbour ->
    [yes] Vérifiez que l'ordinateur à l'adresse { $host } est allumé et branché, et que son adresse est toujours { $host }.
   *[no] Vérifiez que { $host } est allumé et connecté.
}
host-unreachable-step-2 = S'il est sur un autre réseau, connectez-vous d'abord à ce réseau ou au VPN.
host-unreachable-step-3 = Vérifiez à nouveau ; si l'échec persiste, envoyez ce rapport.
host-unreachable-ruled-out = { $host_at_start } est joignable : il a répondu.

network-unreachable-headline = Cet ordinateur n'a aucun moyen de joindre le réseau de { $host }.
network-unreachable-why = { $has_sender ->
    [yes] Un appareil sur le chemin ({ $sender }) a indiqué qu'il ne connaît aucun chemin vers ce réseau.
   *[no] Cet ordinateur ne connaît aucun chemin vers ce réseau.
} Vous êtes peut-être hors ligne, ou l'adresse appartient à un réseau auquel vous n'êtes pas connecté.
network-unreachable-step-1 = Vérifiez que cet ordinateur est connecté à Internet.
network-unreachable-step-2 = Si l'adresse fait partie d'un réseau d'entreprise, connectez-vous d'abord à son VPN.
network-unreachable-step-3 = Vérifiez à nouveau une fois connecté.

no-route-here-headline = Cet ordinateur n'a aucun moyen d'envoyer quoi que ce soit à { $host }.
no-route-here-why = Rien n'est sorti de cet ordinateur : ses propres réglages réseau ne connaissent aucun chemin vers { $address }. La cause est ici, pas sur { $host }.
no-route-here-step-1 = Vérifiez que cet ordinateur est connecté au réseau, en Wi-Fi ou par câble.
no-route-here-step-2 = Si { $host } est sur un réseau d'entreprise, connectez-vous d'abord à son VPN.
no-route-here-step-3 = Si l'échec persiste, envoyez ce rapport à votre service informatique : il montre les chemins connus.

local-error-headline = Cet ordinateur n'a pas pu lancer la connexion vers { $host }.
local-error-why = { $reason ->
    [no-free-port] Cet ordinateur n'a plus de ports libres pour de nouvelles connexions.
    [too-many-files] Ce programme a trop de fichiers et de connexions ouverts.
    [permission] Quelque chose sur cet ordinateur n'autorise pas la connexion.
   *[other] Quelque chose sur cet ordinateur a arrêté la connexion avant son départ.
} Le problème vient de cet ordinateur, pas de { $host }.
local-error-step-1 = Fermez les programmes inutiles, puis vérifiez à nouveau.
local-error-step-2 = Si cela se reproduit, redémarrez cet ordinateur.
local-error-step-3 = Si l'échec persiste, envoyez ce rapport à votre service informatique.

## Réponses tirées d'un message collé (sans passer par le réseau)

message-refused-headline = { $has_host ->
    [yes] { $host } a refusé la connexion{ $has_port ->
        [yes] {" "}sur le port { $port }
       *[no] {""}
    }.
   *[no] L'autre ordinateur a refusé la connexion.
}
message-refused-why = Cela veut dire que l'ordinateur a été joint, mais qu'aucun programme n'a accepté la connexion. En général, le programme n'est pas lancé, il utilise un autre port, ou un pare-feu refuse la connexion.
message-refused-step-1 = Lancez une vérification complète pour trouver la cause.
message-refused-step-2 = Vérifiez que le programme que vous voulez joindre est lancé.

message-timeout-headline = { $has_host ->
    [yes] { $host } n'a pas répondu à temps.
   *[no] L'autre ordinateur n'a pas répondu à temps.
}
message-timeout-why = Rien n'est revenu avant que votre programme abandonne. En général, un pare-feu bloque la connexion en silence, ou l'ordinateur est éteint ou injoignable.
message-timeout-step-1 = Lancez une vérification complète pour voir où cela bloque.
message-timeout-step-2 = Vérifiez que l'ordinateur est allumé et que vous êtes sur le bon réseau ou VPN.

message-unreachable-headline = { $has_host ->
    [yes] { $host } n'a pas pu être joint.
   *[no] L'autre ordinateur n'a pas pu être joint.
}
message-unreachable-why = Aucun moyen de joindre cet ordinateur n'a été trouvé. Il est peut-être éteint, ou sur un réseau auquel vous n'êtes pas connecté.
message-unreachable-step-1 = Vérifiez que vous êtes sur le bon réseau ou VPN.
message-unreachable-step-2 = Lancez une vérification complète pour voir où cela bloque.

message-dns-headline = { $has_host ->
    [yes] Le nom { $host } est introuvable.
   *[no] Un nom d'ordinateur est introuvable.
}
message-dns-why = Votre programme n'a pas pu traduire le nom en adresse. En général, le nom contient une faute de frappe, ou il ne fonctionne que sur un autre réseau.
message-dns-step-1 = Vérifiez l'orthographe du nom.
message-dns-step-2 = Connectez-vous au réseau du bureau ou au VPN si le nom est interne.

message-reset-headline = { $has_host ->
    [yes] { $host } a coupé la connexion.
   *[no] L'autre ordinateur a coupé la connexion.
}
message-reset-why = La connexion a été établie, puis fermée brutalement par l'autre côté. C'est souvent le fait d'un programme qui plante, d'un proxy ou d'un appareil de sécurité.
message-reset-step-1 = Réessayez ; si cela arrive à chaque fois, envoyez ce rapport au propriétaire du serveur.
message-reset-step-2 = Vérifiez si un proxy ou un VPN se trouve sur le chemin.

message-tls-headline = La connexion sécurisée{ $has_host ->
    [yes] {" "}avec { $host }
   *[no] {""}
} n'a pas pu être établie.
message-tls-why = L'ordinateur a été joint, mais les deux côtés n'ont pas pu s'accorder sur une connexion sécurisée. La cause habituelle est un certificat expiré ou incorrect, ou un appareil qui inspecte le trafic.
message-tls-step-1 = Vérifiez que la date et l'heure de cet ordinateur sont justes.
message-tls-step-2 = Envoyez ce rapport au propriétaire du serveur.

unix-socket-headline = { $client ->
    [docker] Le service Docker n'est pas lancé ou il est injoignable.
   *[other] Le service local dont votre programme a besoin n'est pas lancé.
}
unix-socket-why = Votre programme communique avec un service de ce même ordinateur par un fichier spécial{ $socket ->
    [none] {""}
   *[other] {" "}({ $socket })
}. Ce fichier est absent ou personne n'y répond : en général, le service est arrêté.
unix-socket-step-1 = { $client ->
    [docker] Démarrez Docker (Docker Desktop, ou le service docker).
    [postgresql] Démarrez le service PostgreSQL.
    [mysql] Démarrez le service MySQL.
   *[other] Démarrez le service dont votre programme a besoin.
}
unix-socket-step-2 = Vérifiez que votre compte utilisateur a le droit de l'utiliser.

localhost-ipv6-first-headline = { $has_works_address ->
    [yes] Le programme du port { $port } écoute à { $works_address }, mais la connexion est allée vers ::1.
   *[no] Le serveur n'écoute peut-être que sur un seul type d'adresse locale.
}
localhost-ipv6-first-why = { $has_works_address ->
    [yes] Le nom localhost désigne deux adresses de cet ordinateur : ::1 (le format récent) et 127.0.0.1. { $has_process ->
        [yes] { $process } écoute
       *[no] Le programme écoute
    } seulement à { $works_address }, et votre programme a essayé ::1, où rien n'écoute.
   *[no] Votre programme a d'abord essayé l'adresse locale ::1, au format récent. Beaucoup de serveurs de développement n'écoutent que sur 127.0.0.1 : ils sont donc introuvables à ::1.
}
localhost-ipv6-first-step-1 = { $has_works_address ->
    [yes] Connectez-vous à { $works_address } au lieu de localhost.
   *[no] Connectez-vous à 127.0.0.1 au lieu de localhost.
}
localhost-ipv6-first-step-2 = Ou démarrez le serveur pour qu'il écoute sur les deux adresses.

message-unrecognized-headline = Aucune erreur de connexion trouvée dans ce texte.
message-unrecognized-why = Ce texte ne ressemble pas à l'erreur d'un programme qui n'a pas pu se connecter. Collez le message exact, ou tapez l'adresse que vous vouliez joindre.
message-unrecognized-step-1 = Copiez tout le message d'erreur, avec l'adresse et le port s'il y en a.
message-unrecognized-step-2 = Ou tapez l'adresse, par exemple db1.example.com:5432.
message-host-unset-headline = Votre programme ne sait pas à quel ordinateur se connecter.
message-host-unset-why = Il a essayé de joindre un ordinateur nommé « { $word } ». Les programmes écrivent ce mot quand un réglage n'a pas de valeur : le réglage qui donne le nom ou l'adresse du serveur manque, est vide ou mal écrit.
message-host-unset-step-1 = Trouvez le réglage qui nomme le serveur, souvent dans un fichier .env ou de configuration (par exemple DB_HOST ou REDIS_URL), et donnez-lui le nom ou l'adresse du serveur.
message-host-unset-step-2 = Relancez le programme là où il lit ce réglage : dans le même dossier, ou dans la même fenêtre où la variable est définie.

## Erreurs dans ce qui a été tapé

target-error-empty = Tapez l'adresse que vous vouliez joindre, par exemple db1.example.com:5432.
target-error-too-long = Ce texte fait { $length } caractères. Une adresse est bien plus courte : collez seulement l'adresse ou le message d'erreur.
target-error-control-character = Le texte contient un caractère de contrôle invisible à la position { $position }. Tapez de nouveau l'adresse.
target-error-spaces = Une adresse ne contient pas d'espace. Écrivez par exemple db1.example.com:5432 ou « db1 postgres ».
target-error-missing-port = Ajoutez le numéro de port, par exemple { $host }:443.
target-error-port-zero = Le port 0 ne peut pas être utilisé. Les ports vont de 1 à 65535.
target-error-port-out-of-range = Le port { $port } n'existe pas. Les ports vont de 1 à 65535.
target-error-bad-port = « { $port } » n'est ni un numéro de port ni un service connu, comme 5432 ou postgres.
target-error-empty-host = Le nom de l'ordinateur manque. Écrivez par exemple db1.example.com:5432.
target-error-invalid-ipv4 = { $host } n'est pas une adresse correcte. Chacun des quatre nombres doit aller de 0 à 255.
target-error-invalid-ipv6 = { $host } n'est pas une adresse correcte. Vérifiez-la, et écrivez-la entre crochets avec le port, par exemple [2001:db8::1]:443.
target-error-leading-dash = « { $host } » n'est pas un nom d'ordinateur : aucune partie d'un nom ne commence par un tiret.
target-error-bad-host-character = Un nom d'ordinateur ne peut pas contenir « { $character } ». Utilisez des lettres, des chiffres, des points et des tirets.
target-error-host-too-long = Ce nom d'ordinateur est trop long pour être réel. Vérifiez-le.
target-error-unknown-scheme = Nous ne connaissons pas le port par défaut de « { $scheme } ». Ajoutez le port, par exemple { $scheme }://serveur:1234.

text-error-empty = Collez le message d'erreur que vous avez vu.
text-error-too-long = Ce texte est très long. Collez seulement les lignes qui contiennent l'erreur.
text-error-unreadable = Le texte n'a pas pu être lu : { $detail }.

duration-error = « { $value } » n'est pas une durée. Écrivez par exemple 5s, 500ms ou 2m.

## Messages de la ligne de commande

cli-cancelled = Arrêté avant la fin des vérifications.
cli-internal-error = Port Doctor n'a pas pu terminer : { $detail }.
cli-report-unreadable = Le rapport { $file } n'a pas pu être ouvert : { $detail }.
cli-save-failed = Le rapport n'a pas pu être enregistré dans { $file } : { $detail }.
io-not-found = ce fichier ou ce dossier n’existe pas
io-permission-denied = ce compte n’a pas le droit de le faire
io-already-exists = il existe déjà quelque chose de ce nom
io-is-a-directory = c’est un dossier, pas un fichier
io-not-a-directory = une partie du chemin est un fichier, pas un dossier
io-read-only = le disque est en lecture seule
io-storage-full = le disque est plein
io-invalid-data = ce n’est pas un texte que Port Doctor sait lire
io-timed-out = cela a pris trop de temps
io-in-use = un autre programme utilise déjà cette adresse et ce port
io-not-available = cet ordinateur n’a pas cette adresse
io-interrupted = cela a été interrompu
io-unexpected-eof = cela s’est arrêté trop tôt

## L'écouteur de test

listen-started = Écouteur de test ouvert sur le port { $port } pendant { $seconds } s. Depuis l'autre ordinateur, vérifiez l'adresse de cet ordinateur avec le port { $port }. Appuyez sur Ctrl-C pour arrêter.
listen-greeting = Écouteur de test Port Doctor sur le port { $port } : vous avez joint cet ordinateur, le chemin réseau fonctionne donc.
listen-connection = Une connexion est arrivée depuis { $peer } ; elle a reçu le message d'accueil.
listen-closed = Écouteur de test fermé après { $count ->
    [one] { $count } connexion
   *[other] { $count } connexions
}.
listen-error-in-use = Le port { $port } est déjà utilisé par un autre programme : l'écouteur de test ne peut pas l'ouvrir.
listen-error-in-use-by = Le port { $port } est déjà utilisé par { $owner } : l'écouteur de test ne peut pas l'ouvrir.
listen-error-permission = Seuls les administrateurs peuvent ouvrir le port { $port } sur cet ordinateur (ports inférieurs à { $threshold }). Choisissez un port égal ou supérieur à { $threshold }, ou lancez Port Doctor en tant qu'administrateur.
listen-error-not-local = Cette adresse n'appartient pas à cet ordinateur.
listen-error-address = « { $address } » n'est pas une adresse de cet ordinateur, comme 127.0.0.1 ou ::1.
listen-error-other = L'écouteur de test n'a pas pu ouvrir le port { $port } : { $detail }.
listen-error-low-port = Le port { $port } est inférieur à { $lowest } : depuis la page du navigateur, les écouteurs de test ne s'ouvrent que sur les ports à partir de { $lowest }. Lancez Port Doctor avec portdoctor serve --allow-privileged-ports pour ouvrir les ports plus bas, ou utilisez portdoctor listen { $port }.
listen-error-too-many = { $count ->
    [one] Un écouteur de test est déjà ouvert. Fermez-le d'abord.
   *[other] { $count } écouteurs de test sont déjà ouverts. Fermez-en un d'abord.
}

## Résultats d'un essai de connexion

outcome-open = a répondu
outcome-refused = connexion refusée
outcome-timeout = pas de réponse
outcome-unreachable = injoignable
outcome-local_error = essai impossible

## portdoctor listeners

listeners-none = Aucun programme n'attend de connexions sur cet ordinateur.
listeners-none-on-port = Aucun programme n'écoute sur le port { $port } de cet ordinateur.
listeners-limited = Une partie de la liste manque peut-être : { $detail }.
listeners-unknown-program = Un programme de l'utilisateur { $user }
listeners-program-pid = Le programme de PID { $pid }
listeners-owner-unknown = Un programme que le système ne nomme pas
listeners-owner-hidden = Un programme que nous ne pouvons pas voir
listeners-reach-local = joignable depuis : cet ordinateur uniquement
listeners-reach-network = joignable depuis : le réseau
listeners-reach-address = joignable à l'adresse { $address } uniquement
listeners-queue = en attente : { $waiting } sur { $backlog }
listeners-hidden = { $count ->
    [one] Un programme est masqué : seuls les administrateurs voient les programmes des autres utilisateurs. Relancez la commande en tant qu'administrateur pour le voir.
   *[other] { $count } programmes sont masqués : seuls les administrateurs voient les programmes des autres utilisateurs. Relancez la commande en tant qu'administrateur pour les voir.
}
listeners-hidden-admin = { $count ->
    [one] Un programme n'a pas pu être identifié : il fonctionne hors de ce que ce système montre (par exemple dans un autre conteneur).
   *[other] { $count } programmes n'ont pas pu être identifiés : ils fonctionnent hors de ce que ce système montre (par exemple dans un autre conteneur).
}
listeners-unknown = { $count ->
    [one] Le système ne dit pas quel programme occupe l'un de ces ports ; des droits d'administrateur ne le montreraient pas non plus.
   *[other] Le système ne dit pas quels programmes occupent { $count } de ces ports ; des droits d'administrateur ne les montreraient pas non plus.
}
service-error-unknown = Nous ne connaissons pas de service appelé « { $service } ». Essayez un nom comme postgres, mysql, redis, ssh ou https.

## Ce que la zone de saisie a compris (affiché pendant la frappe)

understood-target = Vérifier { $host }, port { $port }.
understood-message = Un message d'erreur : { $failure }.
understood-message-target = Un message d'erreur : { $failure }, sur { $host } port { $port }.
understood-nothing = Ceci ne ressemble ni à une adresse ni à un message d'erreur. Tapez une adresse comme db1.example.com:5432, ou collez l'erreur que vous avez vue.
understood-no-target = Le message ne dit pas quel ordinateur ni quel port ont été essayés : il n'y a donc rien à vérifier. Tapez plutôt l'adresse.
failure-refused = la connexion a été refusée
failure-timeout = pas de réponse à temps
failure-unreachable = l'ordinateur n'a pas pu être joint
failure-dns = le nom est introuvable
failure-reset = la connexion a été coupée
failure-unix_socket = un service local n'est pas lancé
failure-tls = la connexion sécurisée a échoué
failure-other = aucune cause indiquée

## Rapports ouverts ou enregistrés

report-error-unreadable = Ce fichier n'est pas un rapport Port Doctor lisible : { $detail }.
report-error-too-large = Ce fichier est trop gros pour être un rapport Port Doctor.
report-error-format = « { $format } » n'est pas un format de rapport. Utilisez text, markdown ou json.

## Mode navigateur (portdoctor serve)

serve-started = Port Doctor est prêt à l'adresse { $url }
serve-how = Ouvrez cette adresse dans un navigateur sur cet ordinateur. Via SSH, redirigez d'abord le port : ssh -L { $port }:127.0.0.1:{ $port } CE-SERVEUR, puis ouvrez l'adresse sur votre propre ordinateur. Appuyez sur Ctrl-C pour arrêter.
serve-error-bind = Port Doctor n'a pas pu ouvrir le port { $port } pour la page du navigateur : { $detail }.
serve-error-forbidden = Cette adresse ne répond qu'à la page de Port Doctor, ouverte avec l'adresse affichée par Port Doctor.
serve-error-not-found = Il n'y a rien à cette adresse.
ui-stopped-found = Ce que la vérification a trouvé avant d'être arrêtée :
ui-server-error = La réponse reçue ne vient pas du serveur de Port Doctor (statut { $status }). portdoctor serve est-il toujours lancé ?
ui-no-token = Cette page a été ouverte sans sa clé : elle ne peut donc rien vérifier. Ouvrez l'adresse affichée par portdoctor serve : elle se termine par ?token= suivi d'un long nombre.
serve-error-bad-request = La requête n'a pas pu être lue : { $detail }.
serve-error-too-large = Cette requête est trop grosse pour Port Doctor. Un fichier de rapport fait au plus 4 Mo.
serve-error-body = La requête s'est interrompue avant d'arriver en entier.
serve-error-busy = Port Doctor effectue déjà { $count } vérifications depuis la page du navigateur. Attendez que l'une d'elles se termine, puis réessayez.
serve-error-code = Ce lien a déjà été ouvert, ou il est trop ancien. Ouvrez l'adresse affichée par Port Doctor dans le terminal.
serve-opened = La page du navigateur s'est ouverte avec le lien à usage unique ; ce lien ne fonctionne plus.
serve-no-ui = Cette version de Port Doctor ne contient pas de page de navigateur. Compilez-la avec scripts/run.sh, ou utilisez la ligne de commande.

## L'assistant

# Sur chaque écran
ui-app-name = Port Doctor
language-name = Français
ui-language = Langue
ui-save-filter = Rapport Port Doctor ({ $ext })
ui-save-title = Enregistrer le rapport
ui-new-check = Vérifier autre chose
ui-copy = Copier
ui-copy-command = Copier la commande { $command }
ui-copied-command = Copié : { $command }
ui-copy-failed = La copie n'a pas fonctionné ici. Sélectionnez le texte et copiez-le à la main.

# Écran 1 : que vouliez-vous joindre ?
ui-input-heading = Que vouliez-vous joindre ?
ui-input-hint = Tapez une adresse comme db1.example.com:5432 ou une adresse web, ou collez le message d'erreur que vous avez vu.
ui-input-keys = Appuyez sur Entrée pour lancer. Dans un message de plusieurs lignes, appuyez sur Ctrl+Entrée.
ui-check = Vérifier
ui-explain = Expliquer le message
ui-open-report = Ouvrir un rapport
ui-open-report-hint = Un rapport enregistré par quelqu'un avec Port Doctor. Rien de son contenu n'est exécuté.

# Écran 2 : vérifications en cours
ui-running-heading = Vérification de { $target }
ui-running-heading-plain = Vérification
ui-steps-label = Vérifications jusqu'ici
ui-step-running = en cours
ui-step-ok = correct
ui-step-problem = problème
ui-step-info = noté
ui-step-waiting = Démarrage des vérifications…
ui-still-resolve = le nom
ui-still-probe = { $address }
ui-still-trace = le chemin vers { $address }
ui-still-other = la connexion
ui-cancel = Arrêter
ui-cancel-keys = Appuyez sur Échap pour arrêter.

# Écran 3 : la réponse
ui-status-fixed = Résolu
ui-status-not-fixed = Non résolu
ui-no-answer = Les vérifications n'ont rien trouvé à signaler.
ui-explained-note = Nous avons seulement lu le message. Rien n'a encore été vérifié sur le réseau.
ui-opened-label = Rapport ouvert
ui-opened-note = Fichier { $file }, créé le { $time } sur { $os }.
ui-opened-safe = Il montre ce qu'a vu l'ordinateur d'origine. Rien de son contenu n'a été exécuté ici.
ui-opened-when = Créé le { $local }, heure locale ({ $utc }).
ui-opened-typed = Ce qui devait être vérifié :
ui-opened-pasted = Le message collé :
ui-opened-earlier = Ses vérifications précédentes :
ui-path-computer-theirs = Son ordinateur
ui-ask-port = Quel port avez-vous essayé sur { $host } ?
ui-ask-port-hint = Regardez l'adresse que vous avez ouverte : le nombre après les deux-points, comme dans localhost:3000. Sans nombre, les pages web utilisent 80 (http) ou 443 (https).
ui-ask-port-check = Vérifier ce port
ui-ask-port-invalid = Tapez un numéro de port de 1 à 65535.
ui-status-way-works = Le chemin vers ce port fonctionne ; votre programme n'est pas lancé
ui-compare-fixed = Le problème de la dernière vérification a disparu.
ui-compare-not-fixed = La nouvelle vérification a trouvé le même problème.
ui-compare-changed = Le problème précédent a disparu, mais autre chose échoue maintenant.
ui-compare-broke = Cela fonctionnait à la dernière vérification, mais plus maintenant.
ui-compare-still-fine = Cela fonctionne toujours, comme à la dernière vérification.
ui-compare-test-listener = C'est l'écouteur de test de Port Doctor qui a répondu, pas votre programme. Le chemin vers ce port fonctionne.
ui-recheck-failed = La nouvelle vérification n'a pas pu aboutir : voici donc toujours la dernière réponse. { $message }
ui-recheck-cancelled = La nouvelle vérification a été arrêtée : voici donc toujours la dernière réponse.
ui-action-check-again = Vérifier à nouveau
ui-action-run-check = Lancer une vérification complète
ui-action-open-test-listener = Ouvrir un écouteur de test sur le port { $port }
ui-action-copy-admin-command = Copier la commande pour un administrateur
ui-action-copy-admin-command-os = Copier la commande pour un administrateur ({ $os })
ui-action-send-report = Envoyer ce rapport
ui-action-copy-address = Copier { $address }
ui-listener-open = Un écouteur de test est ouvert sur le port { $port } pendant { $minutes } min.
ui-listener-how = Depuis l'autre ordinateur, connectez-vous à cet ordinateur sur le port { $port }. Il répond par cette ligne :
ui-listener-stop = Arrêter l'écouteur de test du port { $port }
ui-listener-closed = L'écouteur de test du port { $port } est fermé.
section-couldnt = Ce que nous n'avons pas pu vérifier

# L'image du chemin
ui-path-heading = Le chemin vers { $host }
ui-path-heading-plain = Le chemin vers le programme
ui-path-computer = Cet ordinateur
ui-path-network = Réseau
ui-path-firewall = Pare-feu
ui-path-server = Serveur
ui-path-program = Programme
ui-path-port = port { $port }
ui-path-ok = fonctionne
ui-path-problem = problème ici
ui-path-probable = sans doute ici
ui-path-unknown = inconnu
ui-path-not-reached = non atteint
ui-path-unplaced = L'image ne peut pas montrer où se situe ce problème. La réponse ci-dessus dit ce que nous avons trouvé.

# Lignes de « Comment nous le savons »
ui-mark-ok = correct
ui-mark-problem = problème
ui-mark-info = remarque
ui-mark-cant = non vérifié
ui-mark-ruled-out = écarté
row-listener = { $process } écoute sur le port { $port } à l'adresse { $address }.
row-listener-unknown = Un programme écoute sur le port { $port } à l'adresse { $address }.
row-firewall-clear = Aucune règle du pare-feu de cet ordinateur ne concerne le port { $port }.
row-firewall-rules = { $count ->
    [one] Une règle du pare-feu de cet ordinateur concerne le port { $port }.
   *[other] { $count } règles du pare-feu de cet ordinateur concernent le port { $port }.
}
row-firewall-limited = Une partie du pare-feu n'a pas pu être lue : { $detail }.
row-ping-not-possible = Le ping n'a pas pu être essayé depuis cet ordinateur.
row-trace-limited = Le chemin n'a pas pu être tracé : { $detail }.
row-service-running = { $service } fonctionne : { $programs }.
row-service-stopped = Aucun programme { $service } ne fonctionne sur cet ordinateur.
row-bind-free = Un programme peut ouvrir le port { $port } sur cet ordinateur.
row-bind-in-use = Le port { $port } est déjà occupé par un programme de cet ordinateur.
row-bind-denied = Seuls les administrateurs peuvent ouvrir le port { $port } sur cet ordinateur.
row-bind-reserved = Windows se réserve le port { $port }.
row-queue-dropped = { $count ->
    [one] Une connexion a été rejetée pendant la vérification, car un programme était trop occupé.
   *[other] { $count } connexions ont été rejetées pendant la vérification, car un programme était trop occupé.
}
read-client = Programme : { $client }
read-failure = Ce qui s'est passé : { $failure }
read-host = Ordinateur : { $host }
read-port = Port : { $port }
read-port-implied = Port : { $port } (le port habituel, absent du message)
read-code = Code dans le message : { $code }
read-socket = Fichier local : { $path }

# Détails pour l'assistance
ui-helpdesk-evidence = Ce que nous avons vu
ui-helpdesk-id = ID du rapport : { $id }
helpdesk-run = Vérifié sur { $os } { $admin ->
    [yes] en tant qu'administrateur
   *[no] sans droits d'administrateur
} ; chaque étape pouvait durer au plus { $seconds } s.
os-unix = Linux et macOS
os-linux = Linux
os-macos = macOS
os-windows = Windows
os-any = Tout système
os-other = un autre système
section-origin = D'où vient ce rapport
section-data = Données du rapport
report-data-note = Port Doctor ouvre aussi ce fichier : il affiche le rapport dans la langue du lecteur. Rien de son contenu n'est exécuté.
origin-checked = Vérifié sur un ordinateur { $os } le { $time }, { $admin ->
    [yes] en tant qu'administrateur.
   *[no] sans droits d'administrateur.
}
origin-read = Un message lu sur un ordinateur { $os } le { $time } ; rien n'a été vérifié.
origin-tried-typed = Ce qui devait être vérifié : { $tried }
origin-tried-pasted = Le message collé : { $tried }
origin-newer = Une version plus récente de Port Doctor a créé ce rapport ({ $version }, format de rapport { $format }). Celle-ci ({ $ours }) montre ce qu'elle en connaît ; mettez Port Doctor à jour pour tout voir.
origin-newer-holds = Une version plus récente de Port Doctor a créé ce rapport ({ $version }, format de rapport { $format }). Celle-ci ({ $ours }) ne peut pas tout montrer : { $what }. Mettez Port Doctor à jour pour tout voir.
origin-unknown-holds = Ce rapport contient des éléments que cette version de Port Doctor ({ $ours }) ne peut pas montrer : { $what }.
origin-earlier = Vérifié auparavant, le { $time } : { $status } ({ $code }).
origin-language = Langue de l'expéditeur : { $language }

# Partager
ui-share-heading = Partager ce rapport
ui-share-intro = Copiez le résumé, ou enregistrez le rapport et envoyez le fichier à la personne qui vous aide. L'ID désigne le rapport, pour que vous parliez tous les deux du même : l'ID seul n'ouvre rien, il faut aussi le fichier.
ui-report-id = ID du rapport
ui-copy-summary = Copier le résumé
ui-copied-summary = Le résumé est copié. Collez-le dans un e-mail, une conversation ou un ticket.
ui-save-json = Enregistrer le rapport
ui-save-markdown = Enregistrer pour un ticket
ui-saved = Enregistré sous { $name }.
ui-save-failed = Le rapport n'a pas pu être enregistré. { $message }
ui-contains-heading = Ce que contient le rapport
contains-target = Ce que vous avez tapé, et les adresses correspondantes.
contains-message = Le message d'erreur tel que nous l'avons lu : programme, ordinateur, port et code.
contains-checks = Le résultat de chaque vérification, avec sa durée.
contains-listeners = Les programmes qui attendent des connexions sur cet ordinateur, avec leurs noms d'utilisateur.
contains-listeners-hidden = Les programmes qui attendent des connexions sur cet ordinateur. Leurs noms d'utilisateur sont masqués, sauf ceux des comptes système comme root.
contains-firewall = Les règles du pare-feu de cet ordinateur pour ce port.
contains-answer = La réponse, et les causes écartées.
contains-system = Le type de système, et la version de Port Doctor.
contains-rights = Si les vérifications ont été faites avec des droits d'administrateur.

## Mode furtif de macOS

stealth-mode-headline = Ce Mac est en mode furtif : les autres ordinateurs ne reçoivent aucune réponse.
stealth-mode-why = En mode furtif, un Mac reste muet quand rien n'accepte une connexion. Les autres ordinateurs attendent alors, puis abandonnent, au lieu d'apprendre aussitôt qu'il n'y a rien.
stealth-mode-step-1 = Attendez-vous à une absence de réponse, et non à un refus, quand vous vérifiez ce Mac depuis un autre ordinateur.
stealth-mode-step-2 = Un administrateur peut désactiver le mode furtif dans Réglages Système, Réseau, Coupe-feu, Options.

## Masquer des noms avant le partage (le rapport dit ce qui a été masqué)

report-redacted-some = Éléments masqués avant le partage : { $hidden }. À leur place, la personne qui reçoit ce rapport voit un nom de remplacement, comme host-1. C'est le même partout, et jamais le vrai nom.
redacted-kept-target = Conservé : le serveur que vous avez vérifié, { $target }, et ses adresses. Ainsi, la personne qui vous aide sait lequel vous avez essayé.
redacted-count-user-names = { $count ->
    [one] un nom d'utilisateur
   *[other] { $count } noms d'utilisateur
}
redacted-count-host-names = { $count ->
    [one] un nom d'hôte
   *[other] { $count } noms d'hôte
}
redacted-count-public-addresses = { $count ->
    [one] une adresse publique
   *[other] { $count } adresses publiques
}
redacted-none-user-names = Il n'y avait aucun nom d'utilisateur à masquer.
redacted-none-host-names = Il n'y avait aucun nom d'hôte à masquer.
redacted-none-other-host-names = Il n'y avait aucun autre nom d'hôte à masquer.
redacted-none-public-addresses = Il n'y avait aucune adresse publique à masquer.
redacted-none-all = Il n'y avait aucun nom d'utilisateur, nom d'hôte ou adresse publique à masquer.
redacted-none-other-all = Il n'y avait aucun autre nom d'utilisateur, nom d'hôte ou adresse publique à masquer.
redacted-kept-user-names = Les noms d'utilisateur n'ont pas été masqués.
redacted-kept-host-names = Les noms d'hôte n'ont pas été masqués.
redacted-kept-public-addresses = Les adresses publiques n'ont pas été masquées.
ui-redact-heading = Masquer avant de partager
ui-redact-intro = Ce que vous cochez ici est retiré de ce que vous copiez ou enregistrez. Cet écran, lui, vous montre toujours tout.
ui-redact-user-names = Masquer les noms d'utilisateur
ui-redact-host-names = Masquer les noms des autres ordinateurs et serveurs
ui-redact-target = Masquer aussi le serveur vérifié (la personne qui vous aide ne saura alors pas lequel c'était)
ui-redact-public-addresses = Masquer les adresses Internet publiques
ui-redact-hint = Les noms des comptes système, comme root, restent. Ils ne désignent personne et aident à trouver la cause.
ui-redact-preview = Voir le résumé tel qu'il sera envoyé
ui-redact-working = Préparation du rapport pour le partage…
ui-redact-failed = Le rapport n'a pas pu être préparé pour le partage. { $message }

## Autres étapes de progression

row-ping-reply-short = { $address } répond au ping.
progress-traced = Chemin vers { $address } tracé.
progress-traced-stop = Les paquets vers { $address } s'arrêtent après { $hop }.
progress-inspecting = Examen de cet ordinateur : programmes, ports et pare-feu…
progress-inspected = Programmes, ports et pare-feu de cet ordinateur examinés.

# Preuves : les faits sur lesquels repose un résultat, une ligne précise chacun, pour l'assistance.
owner-parts = ({ $parts })
owner-pid = PID { $pid }
owner-user = utilisateur { $user }
owner-uid = UID { $uid }
evidence-probe = { $address } { $outcome ->
        [open] ouvert
        [refused] refusé
        [timeout] pas de réponse
        [unreachable] injoignable
       *[local_error] pas lancé sur cet ordinateur
    } en { $ms } ms{ $has_error ->
        [yes] {" "}({ $error })
       *[no] {""}
    }{ $has_icmp_type ->
        [yes] {" "}(ICMP type { $icmp_type }, code { $icmp_code }, de { $icmp_from })
       *[no] {""}
    }
evidence-hung-up = Le serveur a fermé la connexion { $ms } ms après son ouverture, par { $reset ->
        [yes] une réinitialisation (RST)
       *[no] une fermeture normale (FIN)
    }, avant d'envoyer quoi que ce soit
evidence-no-listener = Rien n'écoute sur le port { $port } de cet ordinateur (liste des ports)
evidence-listening = Écoute sur { $address }{ $has_owner ->
        [yes] {" "}{ $owner }
       *[no] {""}
    }
evidence-service-listens = { $service } écoute sur { $address }{ $has_owner ->
        [yes] {" "}{ $owner }
       *[no] {""}
    }
evidence-nearby = À côté : écoute sur { $address }{ $has_owner ->
        [yes] {" "}{ $owner }
       *[no] {""}
    }
evidence-not-running = Aucun de ces programmes ne tourne : { $programs }
evidence-runs-without-port = { $service } tourne { $running }, mais n'écoute sur aucun port TCP que nous voyons
evidence-queue = { $address }{ $has_owner ->
        [yes] {" "}{ $owner }
       *[no] {""}
    } : { $has_waiting ->
        [yes] { $waiting }
       *[no] ?
    } en attente, file { $has_backlog ->
        [yes] { $backlog }
       *[no] ?
    }
evidence-queue-counters = Pendant le test : ListenOverflows { $overflows_before } → { $overflows_after } (+{ $added }), ListenDrops { $drops_before } → { $drops_after }
evidence-bind-denied = Prendre le port { $port } sur { $address } sans droits d'administrateur : { $has_error ->
        [yes] { $error }
       *[no] permission refusée
    }{ $has_unprivileged_from ->
        [yes] {" "}(à partir du port { $unprivileged_from }, tout utilisateur le peut)
       *[no] {""}
    }
evidence-excluded-range = Le port { $port } est dans la plage exclue { $start }–{ $end }
evidence-bind-in-use = Prendre le port { $port } sur { $address } : { $has_error ->
        [yes] { $error }
       *[no] déjà utilisé
    }, alors que rien n'y écoute
evidence-owner-hidden = Le propriétaire de { $address } n'est pas visible{ $has_owner ->
        [yes] {" "}{ $owner }
       *[no] {""}
    }
evidence-holds = Un autre programme{ $has_owner ->
        [yes] {" "}{ $owner }
       *[no] {""}
    } occupe { $address }, pas { $service }
evidence-trace = Trace TCP vers { $address }, port { $port } : { $hops } (silence après { $last })
evidence-ping-silent = Ping vers { $address } ({ $method }) : pas de réponse ; le port TCP { $port } a répondu
evidence-rule = Règle du pare-feu ({ $hook }) : { $rule } [{ $action }]
evidence-stealth = Pare-feu d'applications de macOS : activé ; mode furtif : activé
evidence-firewall-unread = Le pare-feu n'a pas pu être lu : { $limits }
evidence-firewall-clear = { $sources } : aucune règle ne bloque le port TCP { $port }
evidence-resolved = Recherche de noms du système : { $host } → { $addresses } en { $ms } ms
evidence-name-no-address = Recherche de noms du système : { $host } n'a pas d'adresse (EAI_NODATA), après { $ms } ms
evidence-name-not-found = Recherche de noms du système : { $host } n'existe pas (EAI_NONAME / NXDOMAIN), après { $ms } ms
evidence-name-no-answer = Recherche de noms du système : { $host } : pas de réponse en { $deadline_ms } ms
evidence-name-try-again = Recherche de noms du système : { $host } : échec temporaire (EAI_AGAIN), après { $ms } ms
evidence-name-error = Recherche de noms du système : { $host } : { $detail }
evidence-read = Lu dans le message : { $failure ->
        [refused] refusée
        [timeout] pas de réponse
        [unreachable] injoignable
        [dns] nom introuvable
        [reset] connexion coupée
        [unix_socket] socket local absent
        [tls] échec de la connexion sécurisée
       *[other] aucune cause donnée
    }{ $has_client ->
        [yes], programme { $client }
       *[no] {""}
    }{ $has_host ->
        [yes], ordinateur { $host }
       *[no] {""}
    }{ $has_port ->
        [yes], port { $port }{ $implied ->
            [yes] {" "}(celui du programme par défaut)
           *[no] {""}
        }
       *[no] {""}
    }{ $has_error_code ->
        [yes], code { $error_code }
       *[no] {""}
    }{ $has_socket ->
        [yes], fichier { $socket }
       *[no] {""}
    }
evidence-refused-on-ipv6-loopback = Refusée sur ::1 (l'adresse IPv6 de cet ordinateur) ; un serveur seulement sur 127.0.0.1 n'est pas joint là

## The web edition (ui/embed): <port-doctor-explain>, <port-doctor-report> and the demo page

embed-explain-label = Le message d'erreur que vous avez vu
embed-explain-hint = Collez le message en entier. Il reste dans ce navigateur : rien n'est envoyé nulle part.
embed-explain-keys = Appuyez sur Entrée pour l'expliquer. Dans un message de plusieurs lignes, appuyez sur Ctrl+Entrée.
embed-details-show = Afficher les détails
embed-details-hide = Masquer les détails
embed-commands-hint = Chaque commande est pour le système indiqué à côté. Rien ici ne les exécute.
embed-loading = Port Doctor se prépare…
embed-unavailable = Port Doctor n'a pas pu démarrer dans ce navigateur. Essayez un navigateur plus récent, ou prévenez le responsable de ce site.
embed-report-drop = Ou déposez le fichier ici. Rien de son contenu ne quitte ce navigateur.
embed-report-too-large = Ce fichier est trop gros pour être un rapport Port Doctor. Un fichier de rapport fait au plus 4 Mo.
embed-report-unreadable = Le navigateur n'a pas pu lire ce fichier. Essayez de l'ouvrir encore une fois.
embed-report-opened = Le rapport du fichier { $file } est ouvert.
embed-report-opened-text = Le rapport est ouvert.
embed-their-language = Langue de l'expéditeur : { $language }
embed-earlier = { $local }, heure locale ({ $utc }) : { $status } ({ $code })
embed-demo-title = Port Doctor dans une page web
embed-demo-intro = Les deux parties ci-dessous fonctionnent dans votre navigateur. Rien de ce que vous collez ou ouvrez n'est envoyé.
embed-demo-explain = Expliquer un message d'erreur
embed-demo-report = Ouvrir un rapport qu'on vous a envoyé

## Ce qui se trouve entre les deux : proxys, kubectl port-forward

proxy-not-running-headline = { $by_port ->
    [yes] { $proxy } est l'adresse où écoute d'habitude un programme proxy comme { $program }, et rien n'y a répondu.
   *[no] { $source ->
        [message] { $has_proxy ->
            [yes] { $silent ->
                [yes] La connexion passait par un proxy à { $proxy }, et le proxy n'a pas répondu.
               *[no] La connexion passait par un proxy à { $proxy }, et rien n'y a répondu.
            }
           *[no] { $silent ->
                [yes] La connexion passait par un proxy, et le proxy n'a pas répondu.
               *[no] La connexion passait par un proxy, et rien n'y a répondu.
            }
        }
       *[other] { $silent ->
            [yes] Cet ordinateur fait passer le trafic web par un proxy à { $proxy }, et le proxy ne répond pas.
           *[no] Cet ordinateur fait passer le trafic web par un proxy à { $proxy }, et rien n'y répond.
        }
    }
}
proxy-not-running-why = { $source ->
    [environment] La variable d'environnement { $setting } fait passer les connexions par { $proxy }.
    [windows] Les paramètres de proxy de Windows font passer le trafic web par { $proxy }.
    [macos] Les réglages réseau de macOS font passer le trafic web par { $proxy }.
    [gnome] Les paramètres de proxy réseau de GNOME font passer le trafic web par { $proxy }.
    [kde] Les paramètres de proxy de KDE font passer le trafic web par { $proxy }.
    [winhttp] Le proxy WinHTTP de Windows (celui des services et des mises à jour) fait passer le trafic web par { $proxy }.
   *[message] { $by_port ->
        [yes] Les programmes qui utilisent un proxy sur cet ordinateur envoient leur trafic vers un tel port, et la connexion à { $proxy } a été refusée.
       *[no] { $has_proxy ->
            [yes] Le message dit que la connexion passait par un proxy à { $proxy }.
           *[no] Le message dit que la connexion passait par un proxy, mais pas lequel.
        }
    }
} { $has_program ->
    [yes] C'est le port qu'utilise { $program } : { $program } n'est donc probablement pas lancé.
   *[no] { $silent ->
        [yes] Rien n'y a répondu à temps.
       *[no] Aucun programme n'y accepte de connexion.
    }
}
proxy-not-running-step-1 = { $has_program ->
    [yes] Relancez { $program }.
   *[no] Relancez le programme proxy, ou demandez à qui l'a installé.
}
proxy-not-running-step-2 = { $source ->
    [environment] Ou passez-vous du proxy : lancez « unset { $setting } » et retirez-la du fichier qui la définit (comme ~/.bashrc).
    [windows] Ou passez-vous-en : Paramètres › Réseau et Internet › Proxy, et désactivez « Utiliser un serveur proxy ».
    [macos] Ou passez-vous-en : Réglages Système › Réseau › votre réseau › Détails › Proxys, et désactivez le proxy.
    [gnome] Ou passez-vous-en : Paramètres › Réseau › Proxy réseau › Désactivé.
    [kde] Ou passez-vous-en : Configuration du système › Réseau › Proxy › Aucun proxy.
    [winhttp] Ou passez-vous-en : lancez netsh winhttp reset proxy dans un terminal ouvert en administrateur.
   *[message] Ou désactivez le proxy dans les paramètres de proxy du programme ou du système.
}
proxy-not-running-step-3 = Puis réessayez.
proxy-not-running-ruled-out = Le proxy à { $proxy } répond et se connecte à { $host }.
proxy-refused-target-headline = Le proxy à { $proxy } répond, mais il ne s'est pas connecté à { $host }.
proxy-refused-target-why = { $has_status_line ->
    [yes] À la demande de se connecter à { $host } port { $port }, il a répondu : { $status_line }
   *[no] À la demande de se connecter à { $host } port { $port }, il a fermé la connexion sans répondre.
} Le proxy, ou le réseau derrière lui, se trouve entre vous et { $host }.
proxy-refused-target-step-1 = Demandez à qui gère le proxy s'il peut se connecter à { $host } port { $port } (403 veut dire qu'il n'en a pas le droit ; 502 ou 504, qu'il n'a pas pu).
proxy-refused-target-step-2 = Si { $host } doit être joint directement, ajoutez-le aux exceptions du proxy (NO_PROXY, ou « Ne pas utiliser le proxy pour ces adresses »).
proxy-refused-target-step-3 = Si cela échoue encore, envoyez ce rapport à votre support informatique.
port-forward-no-listener-headline = { $has_pod_port ->
    [yes] kubectl a atteint le pod, mais rien n'y écoute sur le port { $pod_port }.
   *[no] kubectl a atteint le pod, mais rien n'y écoute sur ce port.
}
port-forward-no-listener-why = kubectl port-forward transmet la connexion à un port dans le pod, et là elle a été refusée : le programme du conteneur n'est pas lancé, utilise un autre port ou écoute sur une autre adresse.
port-forward-no-listener-step-1 = Vérifiez que le programme du pod tourne et quel port il utilise (kubectl get pod, kubectl logs).
port-forward-no-listener-step-2 = Redirigez vers le port que le programme utilise vraiment : kubectl port-forward POD LOCAL:DISTANT.
evidence-proxy-set = { $proxy } est défini par { $setting } ({ $source ->
    [environment] environnement
    [windows] paramètres de Windows
    [macos] réglages de macOS
    [gnome] paramètres de GNOME
    [kde] paramètres de KDE
    [winhttp] paramètres WinHTTP
   *[message] le message
})
evidence-proxy-answer = { $proxy }, prié de se connecter à { $target } : { $has_status_line ->
    [yes] { $status_line }
   *[no] pas de réponse
}
evidence-proxy-pac = Un script de configuration automatique du proxy est défini ({ $source ->
    [environment] environnement
    [windows] paramètres de Windows
    [macos] réglages de macOS
    [gnome] paramètres de GNOME
    [kde] paramètres de KDE
    [winhttp] paramètres WinHTTP
   *[message] le message
}) : { $url } (non exécuté : on ne sait pas quel proxy il choisit)

container-not-listening-headline = { $gone ->
    [yes] Cet ordinateur redirige le port { $port } vers { $forward_to }, mais aucun conteneur ici n'a plus cette adresse.
   *[no] Cet ordinateur redirige le port { $port } vers un conteneur ({ $forward_to }), et rien n'y écoute.
}
container-not-listening-why = { $gone ->
    [yes] La redirection (une règle DNAT, comme en écrivent Docker, Podman et Kubernetes) vise un conteneur arrêté, ou recréé avec une autre adresse.
   *[no] La redirection (une règle DNAT, comme en écrivent Docker, Podman et Kubernetes) atteint { $has_container ->
        [yes] { $container }
       *[no] le conteneur
    }, mais aucun programme n'y écoute sur ce port : il n'est pas lancé, ou il utilise un autre port.
}
container-not-listening-step-1 = { $gone ->
    [yes] Relancez le conteneur (docker ps -a montre ceux qui sont arrêtés), ou publiez de nouveau son port.
   *[no] Regardez le programme du conteneur : son journal (docker logs) et le port qu'il doit utiliser.
}
container-not-listening-step-2 = Vérifiez quel port le conteneur publie : docker port, ou les ports de votre fichier compose.
container-loopback-only-headline = Le programme dans { $has_container ->
    [yes] { $container }
   *[no] le conteneur
} n'écoute que sur son propre 127.0.0.1 : la redirection du port { $port } ne peut pas l'atteindre.
container-loopback-only-why = Un conteneur a son propre réseau, avec son propre 127.0.0.1. Le programme y écoute sur { $listen_address }, mais la redirection envoie les connexions à { $forward_to }, une autre adresse du conteneur.
container-loopback-only-step-1 = Faites écouter le programme sur 0.0.0.0 dans le conteneur (par exemple --host 0.0.0.0, ou bind 0.0.0.0 dans ses réglages).
container-loopback-only-step-2 = Puis redémarrez le conteneur et vérifiez de nouveau.
port-not-published-headline = Un programme dans { $has_container ->
    [yes] { $container }
   *[no] un conteneur
} écoute sur le port { $port }, mais le port { $port } de cet ordinateur n'y mène pas.
port-not-published-why = Le programme écoute sur { $listen_address } dans le réseau propre du conteneur. Rien ne redirige le port { $port } de cet ordinateur vers lui : le port du conteneur n'est pas publié.
port-not-published-step-1 = Publiez le port au démarrage du conteneur : docker run -p { $port }:{ $port } (ou ports: dans le fichier compose).
port-not-published-step-2 = Ou connectez-vous plutôt à l'adresse propre du conteneur.
evidence-forward = Redirection : { $rule }
evidence-listens-inside = Écoute dans { $container } : { $address }

wsl-localhost-headline = { $side ->
    [linux] Si le programme tourne sous Windows : dans WSL, localhost est celui de Linux, pas celui de Windows.
   *[windows] Si le programme tourne dans WSL : sa redirection de localhost est désactivée, donc localhost ici ne l'atteint pas.
}
wsl-localhost-why = { $side ->
    [linux] WSL tourne ici en mode NAT : Linux a son propre réseau, et Windows se trouve à { $windows_host }.
   *[windows] Le fichier .wslconfig désactive localhostForwarding : localhost sous Windows ne mène donc qu'aux programmes de Windows.
}
wsl-localhost-step-1 = { $side ->
    [linux] Connectez-vous plutôt à { $windows_host }, et faites écouter le programme Windows sur cette adresse (avec l'accord de son pare-feu).
   *[windows] Mettez localhostForwarding=true dans la partie [wsl2] de .wslconfig, puis lancez wsl --shutdown.
}
wsl-localhost-step-2 = Ou passez WSL en réseau miroir (networkingMode=mirrored dans .wslconfig, Windows 11 22H2 ou plus récent) : les deux côtés partagent alors localhost.

proxy-pac-not-run-headline = Un script de configuration automatique du proxy décide ici par quel proxy passe le trafic web, et Port Doctor ne l'exécute pas.
proxy-pac-not-run-why = Le script à { $url } envoie peut-être la connexion vers { $host } par un proxy que cette vérification n'a pas examiné.
proxy-pac-not-run-step-1 = Demandez à qui gère cet ordinateur quel proxy le script choisit pour { $host }, et s'il fonctionne.
proxy-pac-not-run-step-2 = Ou ouvrez { $url } dans un navigateur : le script est un court texte qui nomme ses proxys.

containers-not-seen-headline = Les programmes des conteneurs n'ont pas pu être examinés.
containers-not-seen-why = Voir les redirections des conteneurs et les programmes des autres utilisateurs dans leurs propres réseaux demande des droits d'administrateur : un conteneur derrière le port { $port } n'apparaîtrait donc pas ici.
containers-not-seen-step-1 = Lancez Port Doctor en administrateur (sudo) pour examiner aussi les conteneurs.
