# Port Doctor — deutscher Meldungskatalog (German, de).
#
# Jeder Satz, den ein Mensch liest, kommt von hier. Ein Befund mit dem Code X nutzt
#   X-headline  (die Antwort, höchstens 12 Wörter)
#   X-why       (höchstens zwei Sätze)
#   X-step-1 .. X-step-3  (was zu tun ist, nummeriert)
#   X-ruled-out (ein Satz, wenn die Regeln diese Ursache ausgeschlossen haben)
# Oben einfache Wörter; Fachbegriffe gehören in die Details für den Support.
#
# Hinweis zur Grammatik: place-this-computer steht im Dativ („diesem Computer“),
# weil $host in Befunden nur nach Präpositionen mit Dativ steht (auf, von,
# zu, bei, an). $host_at_start steht im Nominativ am Satzanfang.
# Anrede: „Sie“. Tastennamen (Enter, Ctrl+Enter, Escape, Ctrl-C) bleiben englisch.

## Gemeinsame Wörter

place-this-computer = diesem Computer
place-this-computer-start = Dieser Computer
status-problem = Problem gefunden
status-ok = Alles in Ordnung
status-cant-tell = Nicht prüfbar
status-unclear = Keine klare Antwort
confidence-certain = sicher
confidence-likely = wahrscheinlich
confidence-possible = möglich
section-why = Warum das passiert
section-steps = Was Sie tun können
section-how = Woher wir das wissen
section-ruled-out = Ausgeschlossen
section-also = Auch möglich
section-helpdesk = Details für den Support
section-commands = Dieselben Prüfungen von Hand
section-understood = Was wir in der Meldung gelesen haben
report-title = Port Doctor – Bericht { $id }
report-header = Bericht { $id } · { $time } · Port Doctor { $version } unter { $os }
how-sure-certain = Sicher: Wir haben es direkt gesehen.
how-sure-likely = Wahrscheinlich: Es passt zu allem, was wir gesehen haben, aber wir konnten es nicht direkt sehen.
how-sure-possible = Möglich: Es ist eine der Erklärungen für das, was wir gesehen haben.
report-target = Ziel: { $input } → { $host }, Port { $port }
report-redacted = In diesem Bericht wurde nichts ausgeblendet.
# A label and its text, and a label over a list, in the plain-text report.
text-label = { $label }: { $text }
text-heading = { $label }:
# Between the items of a list of words ("2 user names, 1 host name").
list-separator = { ", " }
# The decimal sign of numbers such as 0.3 ms.
decimal-separator = ,

## Fortschritt (während die Prüfungen laufen)

progress-resolving = Suche nach { $host } (warte höchstens { $seconds } s)…
progress-resolved = { $host } gefunden: { $addresses }
progress-probing = Versuche { $address } auf Port { $port } (warte höchstens { $seconds } s)…
progress-probed = { $address }: { $outcome }
progress-still = Wird noch geprüft: { $what }. Manche Netzwerke brauchen eine Weile für die Antwort.
progress-cancelled = Abgebrochen. Es wurde nichts weiter geprüft.

## Zeilen von „Woher wir das wissen“

row-literal = { $host } ist schon eine Adresse; es musste nichts nachgeschlagen werden.
row-resolved = { $host } wurde gefunden: { $addresses } ({ $ms } ms).
row-not-resolved = { $host } konnte nicht nachgeschlagen werden.
row-open = { $address }, Port { $port }: Ein Programm hat geantwortet ({ $ms } ms).
row-open-hung-up = { $address }, Port { $port }: Ein Programm hat geantwortet ({ $ms } ms) und die Verbindung dann sofort beendet.
row-refused = { $address }, Port { $port }: sofort abgelehnt ({ $ms } ms).
row-timeout = { $address }, Port { $port }: keine Antwort in { $ms } ms.
row-unreachable = { $address }, Port { $port }: nicht erreichbar ({ $ms } ms).
row-ping-reply = { $address } antwortet auf Ping ({ $ms } ms).
row-ping-none = { $address } antwortet nicht auf Ping.
row-trace = Der Weg zu { $address }: { $hops }.
progress-tracing = Suche, wo die Pakete zu { $address } nicht weiterkommen…
row-not-here = Dieses System zeigt nicht an, { $what }.
capability-listener-table = welche Programme an welchen Ports warten
capability-listen-queue = wie viele Verbindungen auf ein Programm warten
capability-queue-counters = wie viele Verbindungen ein überlastetes Programm verworfen hat
capability-icmp-sender = welches Gerät eine Verbindung abgelehnt hat
capability-trace = wo unterwegs die Pakete nicht weiterkommen
capability-firewall = welche Regeln seine Firewall hat
row-local-error = { $address }, Port { $port }: Dieser Computer konnte den Versuch nicht starten ({ $ms } ms).

## Antworten aus einer Prüfung

reachable-headline = Port { $port } auf { $host } antwortet.
reachable-why = Ein Programm hat die Verbindung unter { $address } in { $ms } ms angenommen. Der Weg dorthin ist gerade offen.
reachable-step-1 = Wenn Ihr Programm trotzdem scheitert, fügen Sie hier seine genaue Fehlermeldung ein.
reachable-step-2 = Prüfen Sie, ob Ihr Programm dieselbe Adresse und denselben Port verwendet.

dns-failure-headline = Den Namen { $host } gibt es nicht.
dns-failure-why = Die Namensserver haben geantwortet, dass kein Computer { $host } heißt. Meist ist das ein Tippfehler oder ein Name, der nur in einem anderen Netzwerk funktioniert.
dns-failure-step-1 = Prüfen Sie die Schreibweise von { $host }.
dns-failure-step-2 = Wenn der Name nur im Büro oder im VPN funktioniert, verbinden Sie sich zuerst mit diesem Netzwerk.
dns-failure-step-3 = Prüfen Sie erneut, sobald Sie den Namen korrigiert haben.
dns-failure-ruled-out = Der Name { $host } wurde gefunden: { $addresses }.

dns-no-address-headline = Der Name { $host } hat keine Adresse für eine Verbindung.
dns-no-address-why = Den Namen gibt es, aber er führt zu keinem Computer, den dieser Computer erreichen kann. Vielleicht hat der Betreiber ihn noch nicht fertig eingerichtet.
dns-no-address-step-1 = Prüfen Sie, ob Sie den vollständigen und richtigen Namen haben.
dns-no-address-step-2 = Bitten Sie den Betreiber von { $host }, eine Adresse dafür einzutragen.

dns-no-answer-headline = Dieser Computer konnte die Adresse von { $host } nicht abfragen.
dns-no-answer-why = Der Dienst, der Namen in Adressen umwandelt, hat nicht rechtzeitig geantwortet. Der Name kann in Ordnung sein; der Dienst funktioniert nicht oder ist nicht erreichbar.
dns-no-answer-step-1 = Prüfen Sie, ob dieser Computer online ist, und prüfen Sie dann erneut.
dns-no-answer-step-2 = Wenn Sie ein VPN nutzen, verbinden oder trennen Sie es und versuchen Sie es erneut.
dns-no-answer-step-3 = Wenn das immer wieder passiert, senden Sie diesen Bericht an Ihren IT-Support.

dns-error-headline = Die Suche nach { $host } ist fehlgeschlagen.
dns-error-why = Dieser Computer konnte den Namen nicht in eine Adresse umwandeln. Das System meldet: { $detail }.
dns-error-step-1 = Prüfen Sie den Namen auf Tippfehler und prüfen Sie dann erneut.
dns-error-step-2 = Wenn es weiter fehlschlägt, senden Sie diesen Bericht an Ihren IT-Support.

no-listener-headline = { $from_outside ->
    [yes] Auf Port { $port } von { $host } hat nichts die Verbindung angenommen.
   *[no] Auf { $host } antwortet kein Programm auf Port { $port }.
}
no-listener-why = { $from_outside ->
    [yes] { $host_at_start } hat die Verbindung sofort abgelehnt. Vielleicht läuft dort kein Programm auf diesem Port, oder eine Firewall hat Sie abgewiesen. Von hier aus sieht beides gleich aus.
   *[no] { $host_at_start } hat sofort geantwortet, dass an Port { $port } nichts Verbindungen annimmt. Meist läuft das Programm nicht, oder es nutzt einen anderen Port.
}
no-listener-step-1 = { $from_outside ->
    [yes] Führen Sie Port Doctor direkt auf { $host } aus: Dort lässt sich erkennen, was zutrifft.
   *[no] Starten Sie das Programm, das auf Port { $port } antworten soll, oder starten Sie es neu.
}
no-listener-step-2 = { $from_outside ->
    [yes] Prüfen Sie, ob das Programm, das auf Port { $port } antworten soll, dort läuft.
   *[no] Prüfen Sie, auf welchen Port das Programm eingestellt ist.
}
no-listener-step-3 = { $this_computer ->
    [yes] Wenn es weiter fehlschlägt, senden Sie diesen Bericht an die Person, die diesen Computer betreut.
   *[no] Wenn { $host } nicht Ihnen gehört, senden Sie diesen Bericht an den Betreiber.
}
no-listener-ruled-out = Auf Port { $port } von { $host } antwortet ein Programm.

closed-at-once-headline = { $this_computer ->
    [yes] Das Programm auf Port { $port } dieses Computers läuft, hat die Verbindung aber sofort nach dem Öffnen geschlossen.
   *[no] Das Programm auf Port { $port } von { $host } läuft, hat die Verbindung aber sofort nach dem Öffnen geschlossen.
}
closed-at-once-why = Die Verbindung zu { $address } kam zustande, also sind der Weg dorthin und der Port offen. Dann hat { $has_process ->
    [yes] { $process }
   *[no] das Programm
} sie sofort{ $reset ->
    [yes] {" "}und abrupt
   *[no] {""}
} beendet, noch bevor etwas gesendet wurde. Das tun Programme, wenn sie eine Verbindung selbst abweisen: wegen einer Zugriffsliste (wie hosts.allow und hosts.deny der TCP Wrappers), weil die Höchstzahl an Verbindungen erreicht ist (wie MaxStartups bei sshd), weil der Dienst überlastet ist oder weil der Port ein anderes Protokoll erwartet, etwa TLS.
closed-at-once-step-1 = { $this_computer ->
    [yes] Sehen Sie im Protokoll des Programms nach, warum es die Verbindung geschlossen hat, und in seinen Einstellungen, wen es zulässt und wie viele gleichzeitig.
   *[no] Bitten Sie den Betreiber von { $host }, im Protokoll des Programms nachzusehen, warum es die Verbindung geschlossen hat, und in seinen Einstellungen, wen es zulässt.
}
closed-at-once-step-2 = Wenn das Programm ausgelastet ist, warten Sie eine Minute und prüfen Sie erneut.
closed-at-once-step-3 = Prüfen Sie, ob Ihr Programm das verwendet, was dieser Port erwartet (zum Beispiel https statt http).

bound-elsewhere-headline = Das Programm auf Port { $port } ist nur unter { $listen_address } erreichbar.
bound-elsewhere-why = { $has_process ->
    [yes] { $process } wartet an Port { $port } auf Verbindungen, aber nur unter { $listen_address }, nicht unter { $address }.
   *[no] Ein Programm wartet an Port { $port } auf Verbindungen, aber nur unter { $listen_address }, nicht unter { $address }.
} { $loopback_only ->
    [yes] { $from_loopback ->
        [yes] Beides sind Adressen dieses Computers, aber ein Programm antwortet nur unter den Adressen, an denen es wartet.
       *[no] Nur Programme auf demselben Computer können es erreichen.
    }
   *[no] Verbindungen an andere Adressen dieses Computers werden abgelehnt.
}
bound-elsewhere-step-1 = { $this_computer ->
    [yes] Verbinden Sie sich stattdessen mit { $listen_address }.
   *[no] Verbinden Sie sich stattdessen mit { $listen_address }, wenn Sie am selben Computer sind.
}
bound-elsewhere-step-2 = Oder stellen Sie das Programm so ein, dass es an allen Adressen wartet (0.0.0.0 oder ::), und starten Sie es neu.
bound-elsewhere-step-3 = Prüfen Sie nach der Änderung erneut.

wrong-port-headline = { $has_service ->
    [yes] { $service } läuft, aber auf Port { $other_port }, nicht auf { $port }.
   *[no] Auf Port { $port } antwortet nichts, aber auf Port { $other_port } antwortet ein Programm.
}
wrong-port-why = { $has_service ->
    [yes] { $process } wartet an Port { $other_port } dieses Computers auf Verbindungen. Ihr Programm sucht es an Port { $port }, wo nichts wartet.
   *[no] { $has_process ->
        [yes] { $process } wartet an Port { $other_port } auf Verbindungen, nahe an dem Port, den Sie angegeben haben.
       *[no] Ein Programm wartet an Port { $other_port } auf Verbindungen, nahe an dem Port, den Sie angegeben haben.
    } Vielleicht ist es das gesuchte Programm, nur auf einen anderen Port eingestellt.
}
wrong-port-step-1 = Verwenden Sie in Ihrem Programm Port { $other_port }, wenn das der richtige ist.
wrong-port-step-2 = Oder stellen Sie das Programm auf Port { $port } um und starten Sie es neu.
wrong-port-step-3 = Prüfen Sie nach der Änderung erneut.

service-not-running-headline = { $service } läuft nicht auf { $host }.
service-not-running-why = An Port { $port } wartet nichts auf Verbindungen, und kein Programm von { $service } läuft. Es wurde vielleicht beendet, konnte nicht starten oder ist hier nicht installiert.
service-not-running-step-1 = Starten Sie { $service } (als Dienst oder von Hand).
service-not-running-step-2 = Wenn es sofort wieder stoppt, lesen Sie sein Protokoll: Dort steht meist der Grund.
service-not-running-step-3 = Prüfen Sie erneut, sobald es läuft.

port-taken-headline = { $has_process ->
    [yes] { $has_service ->
        [yes] Port { $port } wird von { $process } belegt, nicht von { $service }.
       *[no] Port { $port } wird von { $process } belegt.
    }
   *[no] Ein anderes Programm belegt Port { $port }, ohne darauf zu antworten.
}
port-taken-why = { $has_process ->
    [yes] { $process }{ $has_pid ->
        [yes] {" "}(PID { $pid })
       *[no] {""}
    } belegt Port { $port }. Solange das so ist, kann { $has_service ->
        [yes] { $service }
       *[no] ein anderes Programm
    } diesen Port nicht nutzen: Es startet nicht oder antwortet woanders.
   *[no] Etwas auf diesem Computer hat Port { $port } geöffnet, nimmt dort aber keine Verbindungen an. Ein Server, der diesen Port braucht, kann nicht starten.
}
port-taken-step-1 = { $has_process ->
    [yes] Beenden Sie { $process }, oder legen Sie eines der beiden Programme auf einen anderen Port.
   *[no] Suchen und beenden Sie das Programm, das Port { $port } belegt, oder verwenden Sie einen anderen Port.
}
port-taken-step-2 = Starten Sie dann das Programm, das Sie brauchen, und prüfen Sie erneut.

privileged-port-headline = Programme ohne Administratorrechte können Port { $port } hier nicht öffnen.
privileged-port-why = Auf diesem Computer sind Ports unter { $threshold } Administratoren vorbehalten. Ein Programm, das ein normaler Benutzer startet, kann dort keine Verbindungen annehmen und ist deshalb vielleicht nicht gestartet.
privileged-port-step-1 = Verwenden Sie für das Programm einen Port ab { $threshold }.
privileged-port-step-2 = Oder starten Sie es mit den nötigen Rechten (zum Beispiel als Systemdienst).

reserved-port-range-headline = Windows hat Port { $port } für sich reserviert.
reserved-port-range-why = Die Ports { $range_start } bis { $range_end } hält Windows für sich frei (oft für Hyper-V, WSL oder Docker). Kein Programm darf sie öffnen.
reserved-port-range-step-1 = Verwenden Sie für das Programm einen Port außerhalb von { $range_start }–{ $range_end }.
reserved-port-range-step-2 = Oder bitten Sie einen Administrator, die reservierten Bereiche zu ändern (netsh int ipv4 show excludedportrange protocol=tcp zeigt sie an).

needs-admin-headline = Manche Details brauchen Administratorrechte.
needs-admin-why = { $count ->
    [one] Wir konnten nicht sehen, welches Programm einen der Ports belegt, weil es einem anderen Benutzer gehört.
   *[other] Wir konnten nicht sehen, welche Programme { $count } der Ports belegen, weil sie anderen Benutzern gehören.
} Die Antwort oben hängt nicht davon ab, aber ein Administrator sieht mehr.
needs-admin-step-1 = Führen Sie Port Doctor erneut als Administrator aus, um alle Programme zu sehen.

backlog-overflow-headline = { $has_process ->
    [yes] { $process } auf Port { $port } ist überlastet und nimmt keine neuen Verbindungen an.
   *[no] Das Programm auf Port { $port } ist überlastet und nimmt keine neuen Verbindungen an.
}
backlog-overflow-why = { $waiting } Verbindungen warten, Platz ist nur für { $backlog }. Deshalb werden neue verworfen. Die Gegenseite wartet dann und gibt auf, als wäre nichts da.
backlog-overflow-step-1 = Prüfen Sie das Programm: Vielleicht hängt es, oder es ist zu langsam. Ein Neustart leert die Warteschlange.
backlog-overflow-step-2 = { $has_somaxconn ->
    [yes] Wenn es nur sehr ausgelastet ist, vergrößern Sie seine Warteschlange (Einstellung „backlog“; dieses System erlaubt bis zu { $somaxconn }).
   *[no] Wenn es nur sehr ausgelastet ist, vergrößern Sie seine Warteschlange (Einstellung „backlog“).
}
backlog-overflow-step-3 = Prüfen Sie danach erneut.

ipv6-ipv4-mismatch-headline = Port { $port } antwortet nur unter einer der Adressen von { $host }.
ipv6-ipv4-mismatch-why = { $host_at_start } hat zwei Arten von Adressen. Unter { $works_address } kommt eine Antwort, unter { $fails_address } nicht, und manche Programme versuchen nur die zweite.
ipv6-ipv4-mismatch-step-1 = Verwenden Sie die Adresse, die funktioniert: { $works_address }.
ipv6-ipv4-mismatch-step-2 = Oder stellen Sie das Programm auf { $host } so ein, dass es unter beiden Arten von Adressen wartet.
ipv6-ipv4-mismatch-step-3 = Prüfen Sie nach der Änderung erneut.

some-addresses-fail-headline = { $failed } von { $total } Adressen von { $host } antworten nicht auf Port { $port }.
some-addresses-fail-why = { $host_at_start } hat mehrere Adressen. Manche antworten, manche nicht, daher kann ein Programm einmal funktionieren und beim nächsten Mal scheitern.
some-addresses-fail-step-1 = Sagen Sie dem Betreiber von { $host }, dass { $fails_address } nicht antwortet.
some-addresses-fail-step-2 = Bis das behoben ist, verwenden Sie eine Adresse, die funktioniert.

timeout-headline = { $host_at_start } hat auf Port { $port } nicht geantwortet.
timeout-why = Innerhalb von { $seconds } Sekunden kam nichts zurück. { $ping ->
    [replied] { $host_at_start } antwortet auf Ping, ist also eingeschaltet: Etwas verwirft die Verbindungen zu Port { $port }, meist eine Firewall.
    [silent] { $host_at_start } antwortet auch nicht auf Ping: Vielleicht ist das Gerät aus oder nicht erreichbar, oder eine Firewall verwirft alles.
   *[other] Meist verwirft eine Firewall die Verbindung ohne Rückmeldung, oder der Computer ist aus oder überlastet.
}
timeout-step-1 = { $ping ->
    [replied] Fragen Sie den Betreiber von { $host }, ob eine Firewall Port { $port } blockiert.
   *[other] Prüfen Sie bei { $host }, ob das Gerät eingeschaltet und verbunden ist.
}
timeout-step-2 = { $ping ->
    [replied] Lassen Sie dort auch prüfen, ob das Programm auf Port { $port } läuft und nicht überlastet ist.
   *[other] Fragen Sie den Betreiber von { $host }, ob eine Firewall Port { $port } blockiert.
}
timeout-step-3 = Prüfen Sie erneut; wenn es weiter fehlschlägt, senden Sie diesen Bericht.
timeout-ruled-out = { $host_at_start } hat schnell geantwortet, also blockiert unterwegs nichts die Verbindung ohne Rückmeldung.

firewall-reject-headline = Eine Firewall hat die Verbindung zu Port { $port } abgelehnt.
firewall-reject-why = { $sender_where ->
    [target] { $host_at_start } selbst hat eine Meldung zurückgeschickt, dass Port { $port } gesperrt ist.
    [path] Ein Gerät unterwegs ({ $sender }) hat eine Meldung zurückgeschickt, dass Port { $port } gesperrt ist.
    [this-computer] Eine Firewall auf diesem Computer hat die Verbindung blockiert, bevor sie ihn verlassen hat.
    [rule-target] Die Firewall auf { $host } hat eine Regel, die Verbindungen zu Port { $port } ablehnt.
    [rule-here] Die Firewall auf diesem Computer hat eine Regel, die Verbindungen zu Port { $port } blockiert.
   *[unknown] Die Verbindung wurde blockiert, bevor sie ein Programm auf { $host } erreicht hat.
} { $sender_where ->
    [rule-target] Von außen sieht das genauso aus wie „hier wartet nichts auf Verbindungen“.
    [rule-here] Die Verbindung hat diesen Computer nie verlassen.
   *[other] Normal arbeitende Programme antworten nicht so, daher ist meist eine Firewall-Regel die Ursache.
}
firewall-reject-step-1 = Bitten Sie den Betreiber von { $host }, Port { $port } in der Firewall freizugeben.
firewall-reject-step-2 = { $sender_where ->
    [rule-target] Senden Sie diesen Bericht: Er nennt die Regel.
    [rule-here] Senden Sie diesen Bericht: Er nennt die Regel.
   *[other] Senden Sie diesen Bericht: Er nennt, wer die Sperre geschickt hat.
}
firewall-reject-step-3 = Prüfen Sie erneut, nachdem die Regel geändert wurde.

firewall-drop-headline = Eine Firewall verwirft Verbindungen zu Port { $port } ohne Rückmeldung.
firewall-drop-why = { $place ->
    [path] Pakete zu { $host } kommen bis { $last_hop } ({ $last_ttl ->
        [one] einen Schritt
       *[other] { $last_ttl } Schritte
    } entfernt), dann kommt nichts mehr zurück. Wahrscheinlich verwirft sie eine Firewall bei oder nach { $last_hop }.
    [target] { $by_policy ->
        [yes] Die Firewall auf { $host } verwirft alles, was sie nicht erlaubt, und Port { $port } ist nicht erlaubt.
       *[no] Die Firewall auf { $host } hat eine Regel, die Verbindungen zu Port { $port } ohne Antwort verwirft.
    }
   *[other] { $by_policy ->
        [yes] Die Firewall auf diesem Computer verwirft alles, was sie nicht erlaubt, und Port { $port } ist nicht erlaubt.
       *[no] Die Firewall auf diesem Computer hat eine Regel, die Verbindungen zu Port { $port } verwirft, bevor sie ihn verlassen.
    }
} Ihr Programm wartet auf eine Antwort, die nie kommt, und gibt dann auf.
firewall-drop-step-1 = Bitten Sie den Administrator von { $host }, Port { $port } in der Firewall freizugeben.
firewall-drop-step-2 = { $place ->
    [path] Senden Sie diesen Bericht: Er zeigt, wo die Pakete nicht weiterkommen.
   *[other] Senden Sie diesen Bericht: Er nennt die Regel.
}
firewall-drop-step-3 = Prüfen Sie nach der Änderung erneut.
firewall-drop-ruled-out = { $place ->
    [both] Keine Firewall-Regel auf diesem Computer sperrt Port { $port }.
   *[other] Keine Firewall-Regel auf diesem Computer sperrt Verbindungen zu Port { $port }.
}

firewall-not-read-headline = Die Firewall-Regeln konnten nicht gelesen werden.
firewall-not-read-why = { $unavailable ->
    [yes] Die Firewall hat auf diesem Computer nicht auf unsere Fragen geantwortet (Administratorrechte würden daran nichts ändern), daher konnten wir nicht prüfen, ob eine Regel Port { $port } sperrt.
   *[no] Zum Lesen der Firewall braucht man Administratorrechte, daher konnten wir nicht prüfen, ob eine Regel Port { $port } sperrt.
}
firewall-not-read-step-1 = { $unavailable ->
    [yes] Um die Regeln trotzdem zu sehen, führen Sie aus: { $command }
   *[no] Führen Sie Port Doctor als Administrator aus, oder bitten Sie einen Administrator, dies auszuführen: { $command }
}

icmp-blocked-but-tcp-fine-headline = { $address } ignoriert Ping, aber der Port antwortet.
icmp-blocked-but-tcp-fine-why = Viele Computer sind so eingestellt, dass sie nicht auf Ping antworten. Das ist normal und nicht der Grund, warum eine Verbindung scheitert.
icmp-blocked-but-tcp-fine-step-1 = Verlassen Sie sich bei diesem Gerät nicht auf Ping; prüfen Sie stattdessen den Port.

host-unreachable-headline = { $no_neighbour ->
    [yes] { $host_at_start } ist gerade nicht im Netzwerk: Unter dieser Adresse hat nichts geantwortet.
   *[no] { $host_at_start } ist von diesem Computer aus nicht erreichbar.
}
host-unreachable-why = { $no_neighbour ->
    [yes] { $host } liegt im selben Netzwerk wie dieser Computer, und dieser Computer hat gefragt, wer diese Adresse hat. Kein Gerät hat geantwortet. Der Computer dort ist aus, nicht angeschlossen, im Ruhezustand oder hat jetzt eine andere Adresse.
   *[no] { $has_sender ->
        [yes] Ein Gerät unterwegs ({ $sender }) hat gemeldet, dass es nichts zu { $host } weiterleiten kann.
       *[no] Dieser Computer hat keinen Weg gefunden, etwas zu { $host } zu schicken.
    } Der Computer ist vielleicht aus, getrennt oder in einem Netzwerk, in dem Sie nicht sind.
}
host-unreachable-step-1 = { $no_neighbour ->
    [yes] Prüfen Sie, ob der Computer unter { $host } eingeschaltet und angeschlossen ist und ob er noch die Adresse { $host } hat.
   *[no] Prüfen Sie bei { $host }, ob das Gerät eingeschaltet und verbunden ist.
}
host-unreachable-step-2 = Wenn das Gerät in einem anderen Netzwerk ist, verbinden Sie sich zuerst mit diesem Netzwerk oder VPN.
host-unreachable-step-3 = Prüfen Sie erneut; wenn es weiter fehlschlägt, senden Sie diesen Bericht.
host-unreachable-ruled-out = { $host_at_start } ist erreichbar: Es kam eine Antwort.

network-unreachable-headline = Dieser Computer hat keinen Weg in das Netzwerk von { $host }.
network-unreachable-why = { $has_sender ->
    [yes] Ein Gerät unterwegs ({ $sender }) hat gemeldet, dass es keinen Weg in dieses Netzwerk kennt.
   *[no] Dieser Computer kennt keinen Weg in dieses Netzwerk.
} Vielleicht sind Sie offline, oder die Adresse gehört zu einem Netzwerk, mit dem Sie nicht verbunden sind.
network-unreachable-step-1 = Prüfen Sie, ob dieser Computer online ist.
network-unreachable-step-2 = Wenn die Adresse in einem Firmennetzwerk liegt, verbinden Sie sich zuerst mit dessen VPN.
network-unreachable-step-3 = Prüfen Sie erneut, sobald die Verbindung steht.

no-route-here-headline = Dieser Computer kann nichts zu { $host } schicken.
no-route-here-why = Nichts hat diesen Computer verlassen: Seine eigenen Netzwerkeinstellungen kennen keinen Weg zu { $address }. Die Ursache liegt hier, nicht bei { $host }.
no-route-here-step-1 = Prüfen Sie, ob dieser Computer online ist, per WLAN oder Kabel.
no-route-here-step-2 = Wenn { $host } in einem Firmennetzwerk liegt, verbinden Sie sich zuerst mit dessen VPN.
no-route-here-step-3 = Wenn es weiter fehlschlägt, senden Sie diesen Bericht an Ihren IT-Support: Er zeigt die Route.

local-error-headline = Dieser Computer konnte die Verbindung zu { $host } nicht aufbauen.
local-error-why = { $reason ->
    [no-free-port] Diesem Computer sind die freien Ports für neue Verbindungen ausgegangen.
    [too-many-files] Dieses Programm hat zu viele Dateien und Verbindungen offen.
    [permission] Etwas auf diesem Computer lässt die Verbindung nicht zu.
   *[other] Etwas auf diesem Computer hat die Verbindung gestoppt, bevor sie ihn verlassen hat.
} Das Problem liegt bei diesem Computer, nicht bei { $host }.
local-error-step-1 = Schließen Sie Programme, die Sie nicht brauchen, und prüfen Sie dann erneut.
local-error-step-2 = Wenn das immer wieder passiert, starten Sie diesen Computer neu.
local-error-step-3 = Senden Sie diesen Bericht an Ihren IT-Support, wenn es weiter fehlschlägt.

## Antworten aus einer eingefügten Meldung (ohne Netzwerk)

message-refused-headline = { $has_host ->
    [yes] { $host } hat die Verbindung{ $has_port ->
        [yes] {" "}auf Port { $port }
       *[no] {""}
    } abgelehnt.
   *[no] Der andere Computer hat die Verbindung abgelehnt.
}
message-refused-why = Das heißt, der Computer wurde erreicht, aber kein Programm hat die Verbindung angenommen. Meist läuft das Programm nicht, nutzt einen anderen Port, oder eine Firewall lehnt die Verbindung ab.
message-refused-step-1 = Führen Sie eine vollständige Prüfung aus, um die Ursache zu finden.
message-refused-step-2 = Prüfen Sie, ob das Programm läuft, das Sie erreichen wollen.

message-timeout-headline = { $has_host ->
    [yes] { $host } hat nicht rechtzeitig geantwortet.
   *[no] Der andere Computer hat nicht rechtzeitig geantwortet.
}
message-timeout-why = Es kam nichts zurück, bevor Ihr Programm aufgegeben hat. Meist verwirft eine Firewall die Verbindung ohne Rückmeldung, oder der Computer ist aus oder nicht erreichbar.
message-timeout-step-1 = Führen Sie eine vollständige Prüfung aus, um zu sehen, wo die Verbindung stecken bleibt.
message-timeout-step-2 = Prüfen Sie, ob der Computer eingeschaltet ist und ob Sie im richtigen Netzwerk oder VPN sind.

message-unreachable-headline = { $has_host ->
    [yes] { $host } war nicht erreichbar.
   *[no] Der andere Computer war nicht erreichbar.
}
message-unreachable-why = Es wurde kein Weg gefunden, etwas zu diesem Computer zu schicken. Er ist vielleicht aus oder in einem Netzwerk, mit dem Sie nicht verbunden sind.
message-unreachable-step-1 = Prüfen Sie, ob Sie im richtigen Netzwerk oder VPN sind.
message-unreachable-step-2 = Führen Sie eine vollständige Prüfung aus, um zu sehen, wo die Verbindung stecken bleibt.

message-dns-headline = { $has_host ->
    [yes] Der Name { $host } wurde nicht gefunden.
   *[no] Ein Computername wurde nicht gefunden.
}
message-dns-why = Ihr Programm konnte den Namen nicht in eine Adresse umwandeln. Meist hat der Name einen Tippfehler, oder er funktioniert nur in einem anderen Netzwerk.
message-dns-step-1 = Prüfen Sie die Schreibweise des Namens.
message-dns-step-2 = Verbinden Sie sich mit dem Büronetzwerk oder VPN, wenn es ein interner Name ist.

message-reset-headline = { $has_host ->
    [yes] { $host } hat die Verbindung abgebrochen.
   *[no] Der andere Computer hat die Verbindung abgebrochen.
}
message-reset-why = Die Verbindung stand, dann hat die andere Seite sie plötzlich geschlossen. Oft steckt ein abstürzendes Programm, ein Proxy oder ein Sicherheitsgerät dahinter.
message-reset-step-1 = Versuchen Sie es erneut; wenn es jedes Mal passiert, senden Sie diesen Bericht an den Betreiber des Servers.
message-reset-step-2 = Prüfen Sie, ob ein Proxy oder VPN dazwischengeschaltet ist.

message-tls-headline = Die sichere Verbindung{ $has_host ->
    [yes] {" "}zu { $host }
   *[no] {""}
} konnte nicht aufgebaut werden.
message-tls-why = Der Computer wurde erreicht, aber die beiden Seiten konnten sich nicht auf eine sichere Verbindung einigen. Meist liegt es an einem abgelaufenen oder falschen Zertifikat oder an einem Gerät, das den Datenverkehr prüft.
message-tls-step-1 = Prüfen Sie, ob Datum und Uhrzeit auf diesem Computer stimmen.
message-tls-step-2 = Senden Sie diesen Bericht an den Betreiber des Servers.

unix-socket-headline = { $client ->
    [docker] Der Docker-Dienst läuft nicht oder ist nicht erreichbar.
   *[other] Der lokale Dienst, mit dem Ihr Programm arbeitet, läuft nicht.
}
unix-socket-why = Ihr Programm spricht mit einem Dienst auf demselben Computer über eine besondere Datei{ $socket ->
    [none] {""}
   *[other] {" "}({ $socket })
}. Die Datei fehlt oder niemand antwortet dort, meist weil der Dienst gestoppt ist.
unix-socket-step-1 = { $client ->
    [docker] Starten Sie Docker (Docker Desktop oder den Dienst docker).
    [postgresql] Starten Sie den PostgreSQL-Dienst.
    [mysql] Starten Sie den MySQL-Dienst.
   *[other] Starten Sie den Dienst, den Ihr Programm braucht.
}
unix-socket-step-2 = Prüfen Sie, ob Ihr Benutzer ihn verwenden darf.

localhost-ipv6-first-headline = { $has_works_address ->
    [yes] Das Programm auf Port { $port } ist unter { $works_address } erreichbar, aber die Verbindung ging an ::1.
   *[no] Der Server ist vielleicht nur unter einer Art von lokaler Adresse erreichbar.
}
localhost-ipv6-first-why = { $has_works_address ->
    [yes] Der Name localhost steht für zwei Adressen dieses Computers: ::1 (die neuere Art) und 127.0.0.1. { $has_process ->
        [yes] { $process } wartet
       *[no] Das Programm wartet
    } nur unter { $works_address } auf Verbindungen, und Ihr Programm hat ::1 versucht, wo nichts wartet.
   *[no] Ihr Programm hat zuerst die neuere lokale Adresse ::1 versucht. Viele Entwicklungsserver warten nur unter 127.0.0.1 und werden deshalb unter ::1 nicht gefunden.
}
localhost-ipv6-first-step-1 = { $has_works_address ->
    [yes] Verbinden Sie sich mit { $works_address } statt mit localhost.
   *[no] Verbinden Sie sich mit 127.0.0.1 statt mit localhost.
}
localhost-ipv6-first-step-2 = Oder starten Sie den Server so, dass er unter beiden Adressen wartet.

message-unrecognized-headline = In diesem Text wurde kein Verbindungsfehler gefunden.
message-unrecognized-why = Der Text sieht nicht nach dem Fehler eines Programms aus, das keine Verbindung bekommen hat. Fügen Sie die genaue Meldung ein, oder geben Sie die Adresse ein, die Sie erreichen wollten.
message-unrecognized-step-1 = Kopieren Sie die ganze Fehlermeldung, auch eine Adresse und einen Port, falls vorhanden.
message-unrecognized-step-2 = Oder geben Sie die Adresse ein, etwa db1.example.com:5432.
message-host-unset-headline = Ihrem Programm wurde nicht gesagt, mit welchem Computer es sich verbinden soll.
message-host-unset-why = Es hat versucht, einen Computer namens „{ $word }“ zu erreichen. Dieses Wort schreiben Programme, wenn eine Einstellung keinen Wert hat: Die Einstellung mit dem Namen oder der Adresse des Servers fehlt, ist leer oder falsch geschrieben.
message-host-unset-step-1 = Suchen Sie die Einstellung, die den Server nennt, oft in einer .env- oder Konfigurationsdatei (zum Beispiel DB_HOST oder REDIS_URL), und tragen Sie dort den Namen oder die Adresse des Servers ein.
message-host-unset-step-2 = Starten Sie das Programm erneut dort, wo es diese Einstellung liest: im selben Ordner oder im selben Fenster, in dem die Variable gesetzt ist.

## Fehler in der Eingabe

target-error-empty = Geben Sie die Adresse ein, die Sie erreichen wollten, etwa db1.example.com:5432.
target-error-too-long = Das sind { $length } Zeichen. Eine Adresse ist viel kürzer; fügen Sie nur die Adresse oder die Fehlermeldung ein.
target-error-control-character = Der Text enthält an Stelle { $position } ein unsichtbares Steuerzeichen. Geben Sie die Adresse neu ein.
target-error-spaces = Eine Adresse enthält keine Leerzeichen. Schreiben Sie sie etwa so: db1.example.com:5432 oder „db1 postgres“.
target-error-missing-port = Ergänzen Sie die Portnummer, etwa { $host }:443.
target-error-port-zero = Port 0 kann nicht verwendet werden. Ports gehen von 1 bis 65535.
target-error-port-out-of-range = Port { $port } gibt es nicht. Ports gehen von 1 bis 65535.
target-error-bad-port = „{ $port }“ ist weder eine Portnummer wie 5432 noch ein Dienst, den wir kennen, wie postgres.
target-error-empty-host = Der Computername fehlt. Schreiben Sie ihn etwa so: db1.example.com:5432.
target-error-invalid-ipv4 = { $host } ist keine gültige Adresse. Jede der vier Zahlen muss zwischen 0 und 255 liegen.
target-error-invalid-ipv6 = { $host } ist keine gültige Adresse. Prüfen Sie sie, und schreiben Sie sie mit dem Port in eckigen Klammern, etwa [2001:db8::1]:443.
target-error-leading-dash = „{ $host }“ ist kein Computername: Kein Teil eines Namens beginnt mit einem Bindestrich.
target-error-bad-host-character = Ein Computername kann kein „{ $character }“ enthalten. Verwenden Sie Buchstaben, Ziffern, Punkte und Bindestriche.
target-error-host-too-long = Dieser Computername ist zu lang, um echt zu sein. Prüfen Sie ihn.
target-error-unknown-scheme = Wir kennen den Standardport für „{ $scheme }“ nicht. Ergänzen Sie den Port, etwa { $scheme }://host:1234.

text-error-empty = Fügen Sie die Fehlermeldung ein, die Sie gesehen haben.
text-error-too-long = Dieser Text ist sehr lang. Fügen Sie nur die Zeilen mit dem Fehler ein.
text-error-unreadable = Der Text konnte nicht gelesen werden: { $detail }.

duration-error = „{ $value }“ ist keine Zeitdauer. Schreiben Sie sie etwa so: 5s, 500ms oder 2m.

## Meldungen der Befehlszeile

cli-cancelled = Abgebrochen, bevor die Prüfungen fertig waren.
cli-internal-error = Port Doctor konnte die Arbeit nicht abschließen: { $detail }.
cli-report-unreadable = Der Bericht { $file } konnte nicht geöffnet werden: { $detail }.
cli-save-failed = Der Bericht konnte nicht unter { $file } gespeichert werden: { $detail }.
io-not-found = die Datei oder der Ordner existiert nicht
io-permission-denied = dieses Konto darf das nicht
io-already-exists = unter diesem Namen gibt es schon etwas
io-is-a-directory = das ist ein Ordner, keine Datei
io-not-a-directory = ein Teil des Pfads ist eine Datei, kein Ordner
io-read-only = das Laufwerk ist schreibgeschützt
io-storage-full = das Laufwerk ist voll
io-invalid-data = das ist kein Text, den Port Doctor lesen kann
io-timed-out = es hat zu lange gedauert
io-in-use = ein anderes Programm nutzt diese Adresse und diesen Port schon
io-not-available = dieser Computer hat keine solche Adresse
io-interrupted = es wurde unterbrochen
io-unexpected-eof = es endete zu früh

## Der Testempfänger

listen-started = Testempfänger für { $seconds } Sekunden an Port { $port } geöffnet. Prüfen Sie vom anderen Computer aus die Adresse dieses Computers mit Port { $port }. Zum Beenden drücken Sie Ctrl-C.
listen-greeting = Testempfänger von Port Doctor an Port { $port }: Sie haben diesen Computer erreicht, der Weg durch das Netzwerk funktioniert.
listen-connection = Eine Verbindung von { $peer } ist angekommen; sie wurde begrüßt.
listen-closed = Testempfänger nach { $count ->
    [one] einer Verbindung
   *[other] { $count } Verbindungen
} geschlossen.
listen-error-in-use = Port { $port } wird schon von einem anderen Programm verwendet, daher kann der Testempfänger ihn nicht öffnen.
listen-error-in-use-by = Port { $port } wird schon von { $owner } verwendet, daher kann der Testempfänger ihn nicht öffnen.
listen-error-permission = Nur Administratoren dürfen auf diesem Computer Port { $port } öffnen (Ports unter { $threshold }). Wählen Sie einen Port ab { $threshold }, oder starten Sie Port Doctor als Administrator.
listen-error-not-local = Diese Adresse gehört nicht zu diesem Computer.
listen-error-address = „{ $address }“ ist keine Adresse dieses Computers wie 127.0.0.1 oder ::1.
listen-error-other = Der Testempfänger konnte Port { $port } nicht öffnen: { $detail }.
listen-error-low-port = Port { $port } liegt unter { $lowest }: Von der Browserseite aus öffnen Testempfänger nur Ports ab { $lowest }. Starten Sie Port Doctor mit portdoctor serve --allow-privileged-ports, um niedrigere zu öffnen, oder verwenden Sie portdoctor listen { $port }.
listen-error-too-many = { $count ->
    [one] Ein Testempfänger ist schon geöffnet. Schließen Sie ihn zuerst.
   *[other] { $count } Testempfänger sind schon geöffnet. Schließen Sie zuerst einen davon.
}

## Ergebnisse eines Verbindungsversuchs

outcome-open = hat geantwortet
outcome-refused = abgelehnt
outcome-timeout = keine Antwort
outcome-unreachable = nicht erreichbar
outcome-local_error = Versuch nicht möglich

## portdoctor listeners

listeners-none = Auf diesem Computer wartet kein Programm auf Verbindungen.
listeners-none-on-port = An Port { $port } dieses Computers wartet kein Programm auf Verbindungen.
listeners-limited = Ein Teil der Liste fehlt vielleicht: { $detail }.
listeners-unknown-program = Ein Programm des Benutzers { $user }
listeners-program-pid = Das Programm mit der PID { $pid }
listeners-owner-unknown = Ein Programm, das das System nicht nennt
listeners-owner-hidden = Ein Programm, das wir nicht sehen dürfen
listeners-reach-local = erreichbar: nur von diesem Computer aus
listeners-reach-network = erreichbar: aus dem Netzwerk
listeners-reach-address = erreichbar: nur unter { $address }
listeners-queue = wartend: { $waiting } von { $backlog }
listeners-hidden = { $count ->
    [one] Ein Programm ist nicht sichtbar: Nur Administratoren dürfen die Programme anderer Benutzer sehen. Starten Sie Port Doctor als Administrator, um es zu sehen.
   *[other] { $count } Programme sind nicht sichtbar: Nur Administratoren dürfen die Programme anderer Benutzer sehen. Starten Sie Port Doctor als Administrator, um sie zu sehen.
}
listeners-hidden-admin = { $count ->
    [one] Ein Programm konnte nicht erkannt werden: Es läuft außerhalb dessen, was dieses System zeigt (zum Beispiel in einem anderen Container).
   *[other] { $count } Programme konnten nicht erkannt werden: Sie laufen außerhalb dessen, was dieses System zeigt (zum Beispiel in einem anderen Container).
}
listeners-unknown = { $count ->
    [one] Das System sagt nicht, welches Programm einen dieser Ports belegt; auch Administratorrechte würden es nicht zeigen.
   *[other] Das System sagt nicht, welche Programme { $count } dieser Ports belegen; auch Administratorrechte würden es nicht zeigen.
}
service-error-unknown = Einen Dienst namens „{ $service }“ kennen wir nicht. Versuchen Sie einen Namen wie postgres, mysql, redis, ssh oder https.

## Was das Eingabefeld verstanden hat (während der Eingabe)

understood-target = Geprüft wird: { $host }, Port { $port }.
understood-message = Eine Fehlermeldung: { $failure }.
understood-message-target = Eine Fehlermeldung: { $failure }, bei { $host }, Port { $port }.
understood-nothing = Das sieht weder nach einer Adresse noch nach einer Fehlermeldung aus. Geben Sie eine Adresse wie db1.example.com:5432 ein, oder fügen Sie den Fehler ein, den Sie gesehen haben.
understood-no-target = Die Meldung nennt weder Computer noch Port, also gibt es nichts zu prüfen. Geben Sie stattdessen die Adresse ein.
failure-refused = die Verbindung wurde abgelehnt
failure-timeout = keine Antwort in der erwarteten Zeit
failure-unreachable = der Computer war nicht erreichbar
failure-dns = der Name wurde nicht gefunden
failure-reset = die Verbindung wurde abgebrochen
failure-unix_socket = ein lokaler Dienst läuft nicht
failure-tls = die sichere Verbindung ist gescheitert
failure-other = keine Ursache genannt

## Geöffnete oder gespeicherte Berichte

report-error-unreadable = Diese Datei ist kein Bericht von Port Doctor, den wir lesen können: { $detail }.
report-error-too-large = Diese Datei ist zu groß für einen Bericht von Port Doctor.
report-error-format = „{ $format }“ ist kein Berichtsformat. Verwenden Sie text, markdown oder json.

## Browsermodus (portdoctor serve)

serve-started = Port Doctor ist bereit unter { $url }
serve-how = Öffnen Sie diese Adresse in einem Browser auf diesem Computer. Über SSH leiten Sie zuerst den Port weiter: ssh -L { $port }:127.0.0.1:{ $port } DIESER-SERVER, dann öffnen Sie die Adresse auf Ihrem eigenen Computer. Zum Beenden drücken Sie Ctrl-C.
serve-error-bind = Port Doctor konnte Port { $port } für die Browserseite nicht öffnen: { $detail }.
serve-error-forbidden = Diese Adresse antwortet nur der Seite von Port Doctor selbst, geöffnet über die Adresse, die Port Doctor angezeigt hat.
serve-error-not-found = Unter dieser Adresse gibt es nichts.
ui-stopped-found = Das hat die Prüfung gefunden, bevor sie abgebrochen wurde:
ui-server-error = Der Server von Port Doctor hat eine Antwort gegeben, die nicht von ihm stammt (Status { $status }). Läuft portdoctor serve noch?
ui-no-token = Diese Seite wurde ohne ihren Schlüssel geöffnet, daher kann sie nichts prüfen. Öffnen Sie die Adresse, die portdoctor serve angezeigt hat: Sie endet auf ?token= und einer langen Zahl.
serve-error-bad-request = Die Anfrage konnte nicht gelesen werden: { $detail }.
serve-error-too-large = Diese Anfrage ist zu groß für Port Doctor. Eine Berichtsdatei hat höchstens 4 MB.
serve-error-body = Die Anfrage brach ab, bevor sie vollständig ankam.
serve-error-busy = Port Doctor führt schon { $count } Prüfungen von der Browserseite aus. Warten Sie, bis eine fertig ist, und versuchen Sie es dann erneut.
serve-error-code = Dieser Link wurde schon geöffnet oder ist zu alt. Öffnen Sie die Adresse, die Port Doctor im Terminal angezeigt hat.
serve-opened = Die Browserseite wurde mit dem einmaligen Link geöffnet; der Link funktioniert jetzt nicht mehr.
serve-no-ui = Diese Version von Port Doctor enthält keine Browserseite. Erstellen Sie sie mit scripts/run.sh, oder verwenden Sie die Befehlszeile.

## Der Assistent

# Auf jedem Bildschirm
ui-app-name = Port Doctor
language-name = Deutsch
ui-language = Sprache
ui-save-filter = Port-Doctor-Bericht ({ $ext })
ui-save-title = Bericht speichern
ui-new-check = Etwas anderes prüfen
ui-copy = Kopieren
ui-copy-command = Befehl { $command } kopieren
ui-copied-command = Kopiert: { $command }
ui-copy-failed = Kopieren hat hier nicht funktioniert. Markieren Sie den Text und kopieren Sie ihn von Hand.

# Bildschirm 1: Was wollten Sie erreichen?
ui-input-heading = Was wollten Sie erreichen?
ui-input-hint = Geben Sie eine Adresse wie db1.example.com:5432 oder eine Webadresse ein, oder fügen Sie die Fehlermeldung ein, die Sie gesehen haben.
ui-input-keys = Drücken Sie die Eingabetaste, um zu starten. Bei einer Meldung mit mehreren Zeilen drücken Sie Strg+Eingabetaste.
ui-check = Prüfen
ui-explain = Meldung erklären
ui-open-report = Bericht öffnen
ui-open-report-hint = Ein Bericht, den jemand mit Port Doctor gespeichert hat. Nichts darin wird ausgeführt.

# Bildschirm 2: Prüfungen laufen
ui-running-heading = { $target } wird geprüft
ui-running-heading-plain = Wird geprüft
ui-steps-label = Bisherige Prüfungen
ui-step-running = läuft
ui-step-ok = in Ordnung
ui-step-problem = Problem
ui-step-info = notiert
ui-step-waiting = Prüfungen werden gestartet…
ui-still-resolve = der Name
ui-still-probe = { $address }
ui-still-trace = der Weg zu { $address }
ui-still-other = die Verbindung
ui-cancel = Abbrechen
ui-cancel-keys = Zum Abbrechen drücken Sie Esc.

# Bildschirm 3: die Antwort
ui-status-fixed = Behoben
ui-status-not-fixed = Nicht behoben
ui-no-answer = Die Prüfungen haben nichts Auffälliges gefunden.
ui-explained-note = Wir haben nur die Meldung gelesen. Im Netzwerk wurde noch nichts geprüft.
ui-opened-label = Geöffneter Bericht
ui-opened-note = Aus der Datei { $file }, erstellt am { $time } unter { $os }.
ui-opened-safe = Er zeigt, was der Computer dort gesehen hat. Nichts darin wurde hier ausgeführt.
ui-opened-when = Erstellt am { $local } nach Ihrer Ortszeit ({ $utc }).
ui-opened-typed = Was dort geprüft werden sollte:
ui-opened-pasted = Die Meldung, die dort eingefügt wurde:
ui-opened-earlier = Was dort vorher geprüft wurde:
ui-path-computer-theirs = Computer des Absenders
ui-ask-port = Welchen Port haben Sie auf { $host } versucht?
ui-ask-port-hint = Sehen Sie sich die Adresse an, die Sie geöffnet haben: die Zahl nach dem Doppelpunkt, wie bei localhost:3000. Ohne Zahl nutzen Webseiten 80 (http) oder 443 (https).
ui-ask-port-check = Diesen Port prüfen
ui-ask-port-invalid = Geben Sie eine Portnummer von 1 bis 65535 ein.
ui-status-way-works = Der Weg zu diesem Port funktioniert; Ihr Programm läuft nicht
ui-compare-fixed = Das Problem der letzten Prüfung ist behoben.
ui-compare-not-fixed = Die neue Prüfung hat dasselbe Problem gefunden.
ui-compare-changed = Das frühere Problem ist behoben, aber jetzt schlägt etwas anderes fehl.
ui-compare-broke = Bei der letzten Prüfung hat es funktioniert, jetzt schlägt es fehl.
ui-compare-still-fine = Es funktioniert weiterhin, wie bei der letzten Prüfung.
ui-compare-test-listener = Der Testempfänger von Port Doctor hat geantwortet, nicht Ihr eigenes Programm. Der Weg zu diesem Port funktioniert.
ui-recheck-failed = Die neue Prüfung konnte nicht abgeschlossen werden, daher gilt noch die letzte Antwort. { $message }
ui-recheck-cancelled = Die neue Prüfung wurde abgebrochen, daher gilt noch die letzte Antwort.
ui-action-check-again = Erneut prüfen
ui-action-run-check = Vollständig prüfen
ui-action-open-test-listener = Testempfänger an Port { $port } öffnen
ui-action-copy-admin-command = Befehl für Administrator kopieren
ui-action-copy-admin-command-os = Befehl für Administrator kopieren ({ $os })
ui-action-send-report = Diesen Bericht senden
ui-action-copy-address = { $address } kopieren
ui-listener-open = Ein Testempfänger ist für { $minutes } Minuten an Port { $port } geöffnet.
ui-listener-how = Verbinden Sie sich vom anderen Computer aus mit diesem Computer an Port { $port }. Er antwortet mit dieser Zeile:
ui-listener-stop = Testempfänger an Port { $port } beenden
ui-listener-closed = Der Testempfänger an Port { $port } ist geschlossen.
section-couldnt = Was wir nicht prüfen konnten

# Das Bild des Wegs
ui-path-heading = Der Weg zu { $host }
ui-path-heading-plain = Der Weg zum Programm
ui-path-computer = Dieser Computer
ui-path-network = Netzwerk
ui-path-firewall = Firewall
ui-path-server = Server
ui-path-program = Programm
ui-path-port = Port { $port }
ui-path-ok = funktioniert
ui-path-problem = Problem hier
ui-path-probable = wahrscheinlich hier
ui-path-unknown = unbekannt
ui-path-not-reached = nicht erreicht
ui-path-unplaced = Das Bild kann nicht zeigen, wo dieses Problem liegt. Die Antwort oben sagt, was wir gefunden haben.

# Zeilen von „Woher wir das wissen“
ui-mark-ok = in Ordnung
ui-mark-problem = Problem
ui-mark-info = Hinweis
ui-mark-cant = nicht geprüft
ui-mark-ruled-out = ausgeschlossen
row-listener = { $process } wartet an Port { $port } unter { $address } auf Verbindungen.
row-listener-unknown = Ein Programm wartet an Port { $port } unter { $address } auf Verbindungen.
row-firewall-clear = Keine Regel der Firewall auf diesem Computer betrifft Port { $port }.
row-firewall-rules = { $count ->
    [one] Eine Regel der Firewall auf diesem Computer betrifft Port { $port }.
   *[other] { $count } Regeln der Firewall auf diesem Computer betreffen Port { $port }.
}
row-firewall-limited = Ein Teil der Firewall konnte nicht gelesen werden: { $detail }.
row-ping-not-possible = Ping konnte von diesem Computer aus nicht versucht werden.
row-trace-limited = Der Weg konnte nicht verfolgt werden: { $detail }.
row-service-running = { $service } läuft: { $programs }.
row-service-stopped = Auf diesem Computer läuft kein Programm von { $service }.
row-bind-free = Ein Programm konnte Port { $port } auf diesem Computer öffnen.
row-bind-in-use = Port { $port } ist auf diesem Computer schon von einem Programm belegt.
row-bind-denied = Nur Administratoren dürfen Port { $port } auf diesem Computer öffnen.
row-bind-reserved = Windows hat Port { $port } für sich reserviert.
row-queue-dropped = { $count ->
    [one] Eine Verbindung wurde während der Prüfung verworfen, weil ein Programm überlastet war.
   *[other] { $count } Verbindungen wurden während der Prüfung verworfen, weil ein Programm überlastet war.
}
read-client = Programm: { $client }
read-failure = Was passiert ist: { $failure }
read-host = Computer: { $host }
read-port = Port: { $port }
read-port-implied = Port: { $port } (der übliche, steht nicht in der Meldung)
read-code = Code in der Meldung: { $code }
read-socket = Lokale Datei: { $path }

# Details für den Support
ui-helpdesk-evidence = Was wir gesehen haben
ui-helpdesk-id = Berichts-ID: { $id }
helpdesk-run = Geprüft unter { $os } { $admin ->
    [yes] als Administrator
   *[no] ohne Administratorrechte
}; jeder Schritt durfte höchstens { $seconds } s dauern.
os-unix = Linux und macOS
os-linux = Linux
os-macos = macOS
os-windows = Windows
os-any = Jedes System
os-other = einem anderen System
section-origin = Woher dieser Bericht kommt
section-data = Berichtsdaten
report-data-note = Port Doctor öffnet auch diese Datei: Es zeigt den Bericht in der Sprache des Lesers. Nichts darin wird ausgeführt.
origin-checked = Geprüft am { $time } auf einem Computer unter { $os }, { $admin ->
    [yes] als Administrator.
   *[no] ohne Administratorrechte.
}
origin-read = Eine Meldung, gelesen am { $time } auf einem Computer unter { $os }; es wurde nichts geprüft.
origin-tried-typed = Was geprüft werden sollte: { $tried }
origin-tried-pasted = Die eingefügte Meldung: { $tried }
origin-newer = Eine neuere Version von Port Doctor hat diesen Bericht erstellt ({ $version }, Berichtsformat { $format }). Diese Version ({ $ours }) zeigt, was sie davon kennt; aktualisieren Sie Port Doctor, um alles zu sehen.
origin-newer-holds = Eine neuere Version von Port Doctor hat diesen Bericht erstellt ({ $version }, Berichtsformat { $format }). Diese Version ({ $ours }) kann nicht alles zeigen: { $what }. Aktualisieren Sie Port Doctor, um alles zu sehen.
origin-unknown-holds = Dieser Bericht enthält Dinge, die diese Version von Port Doctor ({ $ours }) nicht zeigen kann: { $what }.
origin-earlier = Vorher geprüft am { $time }: { $status } ({ $code }).
origin-language = Sprache des Absenders: { $language }

# Teilen
ui-share-heading = Diesen Bericht teilen
ui-share-intro = Kopieren Sie die Zusammenfassung, oder speichern Sie den Bericht und senden Sie die Datei an die Person, die Ihnen hilft. Die ID benennt den Bericht, damit Sie beide vom selben Bericht sprechen: Die ID allein öffnet nichts, die Datei gehört dazu.
ui-report-id = Berichts-ID
ui-copy-summary = Zusammenfassung kopieren
ui-copied-summary = Die Zusammenfassung ist kopiert. Fügen Sie sie in eine E-Mail, einen Chat oder ein Ticket ein.
ui-save-json = Berichtsdatei speichern
ui-save-markdown = Für ein Ticket speichern
ui-saved = Gespeichert als { $name }.
ui-save-failed = Der Bericht konnte nicht gespeichert werden. { $message }
ui-contains-heading = Was der Bericht enthält
contains-target = Was Sie eingegeben haben, und die Adressen, zu denen es führte.
contains-message = Die Fehlermeldung, wie wir sie gelesen haben: Programm, Computer, Port und Code.
contains-checks = Das Ergebnis jeder Prüfung und wie lange sie gedauert hat.
contains-listeners = Die Programme, die auf diesem Computer auf Verbindungen warten, mit ihren Benutzernamen.
contains-listeners-hidden = Die Programme, die auf diesem Computer auf Verbindungen warten. Ihre Benutzernamen sind ausgeblendet, außer bei Systemkonten wie root.
contains-firewall = Die Firewall-Regeln dieses Computers für diesen Port.
contains-answer = Die Antwort und was ausgeschlossen wurde.
contains-system = Die Art des Systems und die Version von Port Doctor.
contains-rights = Ob die Prüfungen mit Administratorrechten liefen.

## Tarnmodus von macOS

stealth-mode-headline = Dieser Mac ist im Tarnmodus: Andere Computer bekommen gar keine Antwort.
stealth-mode-why = Im Tarnmodus bleibt ein Mac stumm, wenn nichts eine Verbindung annimmt. Andere Computer warten dann und geben auf, statt sofort „hier ist nichts“ zu hören.
stealth-mode-step-1 = Rechnen Sie mit einer Zeitüberschreitung statt einer Ablehnung, wenn Sie diesen Mac von woanders prüfen.
stealth-mode-step-2 = Ein Administrator kann den Tarnmodus ausschalten unter Systemeinstellungen, Netzwerk, Firewall, Optionen.

## Namen vor dem Teilen ausblenden (der Bericht sagt, was ausgeblendet wurde)

report-redacted-some = Vor dem Teilen ausgeblendet: { $hidden }. Wer diesen Bericht bekommt, sieht an ihrer Stelle einen Platzhalter wie host-1, überall denselben, und nicht den Namen selbst.
redacted-kept-target = Nicht ausgeblendet: der geprüfte Server, { $target }, und seine Adressen, damit die Person, die Ihnen hilft, weiß, welchen Sie versucht haben.
redacted-count-user-names = { $count ->
    [one] ein Benutzername
   *[other] { $count } Benutzernamen
}
redacted-count-host-names = { $count ->
    [one] ein Computername
   *[other] { $count } Computernamen
}
redacted-count-public-addresses = { $count ->
    [one] eine öffentliche Adresse
   *[other] { $count } öffentliche Adressen
}
redacted-none-user-names = Es gab keine Benutzernamen zum Ausblenden.
redacted-none-host-names = Es gab keine Computernamen zum Ausblenden.
redacted-none-other-host-names = Es gab keine weiteren Computernamen zum Ausblenden.
redacted-none-public-addresses = Es gab keine öffentlichen Adressen zum Ausblenden.
redacted-none-all = Es gab keine Benutzernamen, Computernamen oder öffentlichen Adressen zum Ausblenden.
redacted-none-other-all = Es gab keine weiteren Benutzernamen, Computernamen oder öffentlichen Adressen zum Ausblenden.
redacted-kept-user-names = Benutzernamen wurden nicht ausgeblendet.
redacted-kept-host-names = Computernamen wurden nicht ausgeblendet.
redacted-kept-public-addresses = Öffentliche Adressen wurden nicht ausgeblendet.
ui-redact-heading = Vor dem Teilen ausblenden
ui-redact-intro = Was Sie hier auswählen, fehlt in dem, was Sie kopieren oder speichern. Dieser Bildschirm zeigt Ihnen weiterhin alles.
ui-redact-user-names = Benutzernamen ausblenden
ui-redact-host-names = Namen anderer Computer und Server ausblenden
ui-redact-target = Auch den geprüften Server ausblenden (dann weiß die Person, die Ihnen hilft, nicht, welcher es war)
ui-redact-public-addresses = Öffentliche Internetadressen ausblenden
ui-redact-hint = Namen von Systemkonten wie root bleiben sichtbar. Sie bezeichnen keine Person und helfen, die Ursache zu finden.
ui-redact-preview = Zusammenfassung so ansehen, wie sie gesendet wird
ui-redact-working = Bericht wird zum Teilen vorbereitet…
ui-redact-failed = Der Bericht konnte nicht zum Teilen vorbereitet werden. { $message }

## Weitere Fortschrittsschritte

row-ping-reply-short = { $address } antwortet auf Ping.
progress-traced = Weg zu { $address } verfolgt.
progress-traced-stop = Pakete zu { $address } kommen nach { $hop } nicht weiter.
progress-inspecting = Dieser Computer wird untersucht: Programme, Ports und Firewall…
progress-inspected = Programme, Ports und Firewall dieses Computers untersucht.

# Belege: die Tatsachen, auf denen ein Ergebnis beruht, je eine genaue Zeile für den Support.
owner-parts = ({ $parts })
owner-pid = PID { $pid }
owner-user = Benutzer { $user }
owner-uid = UID { $uid }
evidence-probe = { $address } { $outcome ->
        [open] offen
        [refused] abgelehnt
        [timeout] keine Antwort
        [unreachable] nicht erreichbar
       *[local_error] auf diesem Computer nicht gestartet
    } nach { $ms } ms{ $has_error ->
        [yes] {" "}({ $error })
       *[no] {""}
    }{ $has_icmp_type ->
        [yes] {" "}(ICMP-Typ { $icmp_type }, Code { $icmp_code }, von { $icmp_from })
       *[no] {""}
    }
evidence-hung-up = Der Server hat die Verbindung { $ms } ms nach dem Aufbau beendet, mit { $reset ->
        [yes] einem Reset (RST)
       *[no] einem normalen Abbau (FIN)
    }, bevor er etwas gesendet hat
evidence-no-listener = Auf Port { $port } dieses Computers wartet nichts auf Verbindungen (Liste der Ports)
evidence-listening = Wartet unter { $address }{ $has_owner ->
        [yes] {" "}{ $owner }
       *[no] {""}
    }
evidence-service-listens = { $service } wartet unter { $address }{ $has_owner ->
        [yes] {" "}{ $owner }
       *[no] {""}
    }
evidence-nearby = In der Nähe: wartet unter { $address }{ $has_owner ->
        [yes] {" "}{ $owner }
       *[no] {""}
    }
evidence-not-running = Keines dieser Programme läuft: { $programs }
evidence-runs-without-port = { $service } läuft { $running }, wartet aber an keinem TCP-Port, den wir sehen
evidence-queue = { $address }{ $has_owner ->
        [yes] {" "}{ $owner }
       *[no] {""}
    }: { $has_waiting ->
        [yes] { $waiting }
       *[no] ?
    } wartend, Warteschlange { $has_backlog ->
        [yes] { $backlog }
       *[no] ?
    }
evidence-queue-counters = Während der Prüfung: ListenOverflows { $overflows_before } → { $overflows_after } (+{ $added }), ListenDrops { $drops_before } → { $drops_after }
evidence-bind-denied = Port { $port } unter { $address } ohne Administratorrechte belegen: { $has_error ->
        [yes] { $error }
       *[no] Zugriff verweigert
    }{ $has_unprivileged_from ->
        [yes] {" "}(Ports ab { $unprivileged_from } darf jeder Benutzer belegen)
       *[no] {""}
    }
evidence-excluded-range = Port { $port } liegt im ausgeschlossenen Bereich { $start }–{ $end }
evidence-bind-in-use = Port { $port } unter { $address } belegen: { $has_error ->
        [yes] { $error }
       *[no] belegt
    }, obwohl dort nichts auf Verbindungen wartet
evidence-owner-hidden = Der Besitzer von { $address } ist nicht sichtbar{ $has_owner ->
        [yes] {" "}{ $owner }
       *[no] {""}
    }
evidence-holds = Ein anderes Programm{ $has_owner ->
        [yes] {" "}{ $owner }
       *[no] {""}
    } belegt { $address }, nicht { $service }
evidence-trace = TCP-Trace zu { $address }, Port { $port }: { $hops } (still nach { $last })
evidence-ping-silent = Ping an { $address } ({ $method }): keine Antwort; TCP-Port { $port } hat geantwortet
evidence-rule = Firewall-Regel ({ $hook }): { $rule } [{ $action }]
evidence-stealth = macOS-Firewall: ein; Tarnmodus: ein
evidence-firewall-unread = Die Firewall konnte nicht gelesen werden: { $limits }
evidence-firewall-clear = { $sources }: keine Regel sperrt TCP-Port { $port }
evidence-resolved = Namensauflösung des Systems: { $host } → { $addresses } nach { $ms } ms
evidence-name-no-address = Namensauflösung des Systems: { $host } hat keine Adresse (EAI_NODATA), nach { $ms } ms
evidence-name-not-found = Namensauflösung des Systems: { $host } gibt es nicht (EAI_NONAME / NXDOMAIN), nach { $ms } ms
evidence-name-no-answer = Namensauflösung des Systems: { $host }: keine Antwort innerhalb von { $deadline_ms } ms
evidence-name-try-again = Namensauflösung des Systems: { $host }: vorübergehender Fehler (EAI_AGAIN), nach { $ms } ms
evidence-name-error = Namensauflösung des Systems: { $host }: { $detail }
evidence-read = In der Meldung gelesen: { $failure ->
        [refused] abgelehnt
        [timeout] keine Antwort
        [unreachable] nicht erreichbar
        [dns] Name nicht gefunden
        [reset] Verbindung abgebrochen
        [unix_socket] lokaler Socket fehlt
        [tls] sichere Verbindung gescheitert
       *[other] keine Ursache genannt
    }{ $has_client ->
        [yes], Programm { $client }
       *[no] {""}
    }{ $has_host ->
        [yes], Computer { $host }
       *[no] {""}
    }{ $has_port ->
        [yes], Port { $port }{ $implied ->
            [yes] {" "}(der übliche des Programms)
           *[no] {""}
        }
       *[no] {""}
    }{ $has_error_code ->
        [yes], Code { $error_code }
       *[no] {""}
    }{ $has_socket ->
        [yes], Datei { $socket }
       *[no] {""}
    }
evidence-refused-on-ipv6-loopback = Abgelehnt unter ::1 (die IPv6-Adresse dieses Computers); ein Server nur unter 127.0.0.1 ist dort nicht erreichbar

## The web edition (ui/embed): <port-doctor-explain>, <port-doctor-report> and the demo page

embed-explain-label = Die Fehlermeldung, die Sie gesehen haben
embed-explain-hint = Fügen Sie die ganze Meldung ein. Sie bleibt in diesem Browser: Nichts wird irgendwohin gesendet.
embed-explain-keys = Drücken Sie die Eingabetaste, um sie zu erklären. Bei einer Meldung mit mehreren Zeilen drücken Sie Strg+Eingabetaste.
embed-details-show = Details zeigen
embed-details-hide = Details ausblenden
embed-commands-hint = Jeder Befehl gilt für das System, das daneben steht. Nichts hier führt sie aus.
embed-loading = Port Doctor wird vorbereitet…
embed-unavailable = Port Doctor konnte in diesem Browser nicht starten. Versuchen Sie einen neueren Browser, oder sagen Sie es dem Betreiber dieser Website.
embed-report-drop = Oder ziehen Sie die Datei hierher. Nichts davon verlässt diesen Browser.
embed-report-too-large = Diese Datei ist zu groß für einen Bericht von Port Doctor. Eine Berichtsdatei ist höchstens 4 MB groß.
embed-report-unreadable = Der Browser konnte diese Datei nicht lesen. Versuchen Sie, sie noch einmal zu öffnen.
embed-report-opened = Der Bericht aus { $file } ist geöffnet.
embed-report-opened-text = Der Bericht ist geöffnet.
embed-their-language = Sprache des Absenders: { $language }
embed-earlier = { $local } nach Ihrer Ortszeit ({ $utc }): { $status } ({ $code })
embed-demo-title = Port Doctor in einer Webseite
embed-demo-intro = Beide Teile unten laufen in Ihrem Browser. Nichts, was Sie einfügen oder öffnen, wird irgendwohin gesendet.
embed-demo-explain = Eine Fehlermeldung erklären
embed-demo-report = Einen Bericht öffnen, den Ihnen jemand geschickt hat

## Was dazwischen steht: Proxys, kubectl port-forward

proxy-not-running-headline = { $by_port ->
    [yes] An { $proxy } lauscht üblicherweise ein Proxy-Programm wie { $program }, und dort hat nichts geantwortet.
   *[no] { $source ->
        [message] { $has_proxy ->
            [yes] { $silent ->
                [yes] Die Verbindung lief über einen Proxy unter { $proxy }, und der Proxy hat nicht geantwortet.
               *[no] Die Verbindung lief über einen Proxy unter { $proxy }, und dort hat nichts geantwortet.
            }
           *[no] { $silent ->
                [yes] Die Verbindung lief über einen Proxy, und der Proxy hat nicht geantwortet.
               *[no] Die Verbindung lief über einen Proxy, und dort hat nichts geantwortet.
            }
        }
       *[other] { $silent ->
            [yes] Dieser Computer schickt Webverkehr über einen Proxy unter { $proxy }, und der Proxy antwortet nicht.
           *[no] Dieser Computer schickt Webverkehr über einen Proxy unter { $proxy }, und dort antwortet nichts.
        }
    }
}
proxy-not-running-why = { $source ->
    [environment] Die Umgebungsvariable { $setting } leitet Verbindungen über { $proxy }.
    [windows] Die Proxy-Einstellungen von Windows leiten Webverkehr über { $proxy }.
    [macos] Die Netzwerkeinstellungen von macOS leiten Webverkehr über { $proxy }.
    [gnome] Die Netzwerk-Proxy-Einstellungen von GNOME leiten Webverkehr über { $proxy }.
    [kde] Die Proxy-Einstellungen von KDE leiten Webverkehr über { $proxy }.
    [winhttp] Der WinHTTP-Proxy von Windows (den Dienste und Updater nutzen) leitet Webverkehr über { $proxy }.
   *[message] { $by_port ->
        [yes] Programme, die auf diesem Computer einen Proxy nutzen, schicken ihren Verkehr an einen solchen Port, und die Verbindung zu { $proxy } wurde abgelehnt.
       *[no] { $has_proxy ->
            [yes] Laut Meldung lief die Verbindung über einen Proxy unter { $proxy }.
           *[no] Laut Meldung lief die Verbindung über einen Proxy, aber nicht, über welchen.
        }
    }
} { $has_program ->
    [yes] Das ist der Port, den { $program } benutzt, also läuft { $program } wahrscheinlich nicht.
   *[no] { $silent ->
        [yes] Dort kam rechtzeitig keine Antwort.
       *[no] Dort nimmt kein Programm Verbindungen an.
    }
}
proxy-not-running-step-1 = { $has_program ->
    [yes] Starten Sie { $program } wieder.
   *[no] Starten Sie das Proxy-Programm wieder, oder fragen Sie, wer es eingerichtet hat.
}
proxy-not-running-step-2 = { $source ->
    [environment] Oder arbeiten Sie ohne Proxy: Führen Sie „unset { $setting }“ aus und entfernen Sie die Variable aus der Datei, die sie setzt (etwa ~/.bashrc).
    [windows] Oder arbeiten Sie ohne Proxy: Einstellungen › Netzwerk und Internet › Proxy, und „Proxyserver verwenden“ ausschalten.
    [macos] Oder arbeiten Sie ohne Proxy: Systemeinstellungen › Netzwerk › Ihr Netzwerk › Details › Proxys, und den Proxy ausschalten.
    [gnome] Oder arbeiten Sie ohne Proxy: Einstellungen › Netzwerk › Netzwerk-Proxy › Aus.
    [kde] Oder arbeiten Sie ohne Proxy: Systemeinstellungen › Netzwerk › Proxy › Kein Proxy.
    [winhttp] Oder arbeiten Sie ohne Proxy: Führen Sie netsh winhttp reset proxy in einem als Administrator geöffneten Terminal aus.
   *[message] Oder schalten Sie den Proxy in den Proxy-Einstellungen des Programms oder des Systems aus.
}
proxy-not-running-step-3 = Versuchen Sie es dann noch einmal.
proxy-not-running-ruled-out = Der Proxy unter { $proxy } antwortet und verbindet mit { $host }.
proxy-refused-target-headline = Der Proxy unter { $proxy } antwortet, hat aber nicht mit { $host } verbunden.
proxy-refused-target-why = { $has_status_line ->
    [yes] Auf die Bitte, mit { $host } Port { $port } zu verbinden, antwortete er: { $status_line }
   *[no] Auf die Bitte, mit { $host } Port { $port } zu verbinden, hat er die Verbindung ohne Antwort geschlossen.
} Der Proxy oder das Netz dahinter steht zwischen Ihnen und { $host }.
proxy-refused-target-step-1 = Fragen Sie, wer den Proxy betreibt, ob er mit { $host } Port { $port } verbinden darf (403 heißt, er darf nicht; 502 oder 504, er konnte nicht).
proxy-refused-target-step-2 = Soll { $host } direkt erreicht werden, nehmen Sie es in die Ausnahmen des Proxys auf (NO_PROXY, oder „Proxyserver nicht für diese Adressen verwenden“).
proxy-refused-target-step-3 = Klappt es dann noch nicht, senden Sie diesen Bericht an Ihren IT-Support.
port-forward-no-listener-headline = { $has_pod_port ->
    [yes] kubectl hat den Pod erreicht, aber darin lauscht nichts auf Port { $pod_port }.
   *[no] kubectl hat den Pod erreicht, aber darin lauscht nichts auf diesem Port.
}
port-forward-no-listener-why = kubectl port-forward gibt die Verbindung an einen Port im Pod weiter, und dort wurde sie abgelehnt: Das Programm im Container läuft nicht, benutzt einen anderen Port oder lauscht an einer anderen Adresse.
port-forward-no-listener-step-1 = Prüfen Sie, ob das Programm im Pod läuft und welchen Port es benutzt (kubectl get pod, kubectl logs).
port-forward-no-listener-step-2 = Leiten Sie auf den Port weiter, den das Programm wirklich benutzt: kubectl port-forward POD LOKAL:ENTFERNT.
evidence-proxy-set = { $proxy } ist gesetzt durch { $setting } ({ $source ->
    [environment] Umgebung
    [windows] Windows-Einstellungen
    [macos] macOS-Einstellungen
    [gnome] GNOME-Einstellungen
    [kde] KDE-Einstellungen
    [winhttp] WinHTTP-Einstellungen
   *[message] die Meldung
})
evidence-proxy-answer = { $proxy }, gebeten, mit { $target } zu verbinden: { $has_status_line ->
    [yes] { $status_line }
   *[no] keine Antwort
}
evidence-proxy-pac = Ein Skript zur automatischen Proxy-Konfiguration ist gesetzt ({ $source ->
    [environment] Umgebung
    [windows] Windows-Einstellungen
    [macos] macOS-Einstellungen
    [gnome] GNOME-Einstellungen
    [kde] KDE-Einstellungen
    [winhttp] WinHTTP-Einstellungen
   *[message] die Meldung
}): { $url } (nicht ausgeführt: welchen Proxy es wählt, ist unbekannt)

container-not-listening-headline = { $gone ->
    [yes] Dieser Computer leitet Port { $port } an { $forward_to } weiter, aber kein Container hier hat diese Adresse noch.
   *[no] Dieser Computer leitet Port { $port } in einen Container weiter ({ $forward_to }), und dort lauscht nichts.
}
container-not-listening-why = { $gone ->
    [yes] Die Weiterleitung (eine DNAT-Regel, wie Docker, Podman und Kubernetes sie schreiben) zeigt auf einen Container, der gestoppt ist oder mit einer anderen Adresse neu erstellt wurde.
   *[no] Die Weiterleitung (eine DNAT-Regel, wie Docker, Podman und Kubernetes sie schreiben) erreicht { $has_container ->
        [yes] { $container }
       *[no] den Container
    }, aber dort lauscht kein Programm auf diesem Port: Es läuft nicht, oder es benutzt einen anderen Port.
}
container-not-listening-step-1 = { $gone ->
    [yes] Starten Sie den Container wieder (docker ps -a zeigt die gestoppten), oder veröffentlichen Sie seinen Port neu.
   *[no] Sehen Sie sich das Programm im Container an: sein Protokoll (docker logs) und den Port, den es benutzen soll.
}
container-not-listening-step-2 = Prüfen Sie, welchen Port der Container veröffentlicht: docker port, oder die ports Ihrer Compose-Datei.
container-loopback-only-headline = Das Programm in { $has_container ->
    [yes] { $container }
   *[no] dem Container
} lauscht nur an seiner eigenen 127.0.0.1, daher erreicht die Weiterleitung von Port { $port } es nicht.
container-loopback-only-why = Ein Container hat sein eigenes Netz mit eigener 127.0.0.1. Das Programm lauscht darin an { $listen_address }, die Weiterleitung schickt Verbindungen aber an { $forward_to }, eine andere Adresse des Containers.
container-loopback-only-step-1 = Lassen Sie das Programm im Container an 0.0.0.0 lauschen (zum Beispiel --host 0.0.0.0, oder bind 0.0.0.0 in seinen Einstellungen).
container-loopback-only-step-2 = Starten Sie dann den Container neu und prüfen Sie noch einmal.
port-not-published-headline = Ein Programm in { $has_container ->
    [yes] { $container }
   *[no] einem Container
} lauscht auf Port { $port }, aber Port { $port } dieses Computers führt nicht dorthin.
port-not-published-why = Das Programm lauscht an { $listen_address } im eigenen Netz des Containers. Nichts leitet Port { $port } dieses Computers dorthin weiter: Der Port des Containers ist nicht veröffentlicht.
port-not-published-step-1 = Veröffentlichen Sie den Port beim Start des Containers: docker run -p { $port }:{ $port } (oder ports: in der Compose-Datei).
port-not-published-step-2 = Oder verbinden Sie sich stattdessen mit der eigenen Adresse des Containers.
evidence-forward = Weiterleitung: { $rule }
evidence-listens-inside = Lauscht in { $container }: { $address }

wsl-localhost-headline = { $side ->
    [linux] Falls das Programm unter Windows läuft: In WSL ist localhost das eigene von Linux, nicht das von Windows.
   *[windows] Falls das Programm in WSL läuft: Die localhost-Weiterleitung ist aus, daher erreicht localhost hier es nicht.
}
wsl-localhost-why = { $side ->
    [linux] WSL läuft hier im NAT-Modus: Linux hat ein eigenes Netz, und Windows ist unter { $windows_host } zu erreichen.
   *[windows] Die Datei .wslconfig schaltet localhostForwarding aus, daher führt localhost unter Windows nur zu Windows-eigenen Programmen.
}
wsl-localhost-step-1 = { $side ->
    [linux] Verbinden Sie sich stattdessen mit { $windows_host }, und lassen Sie das Windows-Programm an dieser Adresse lauschen (und seine Firewall es zulassen).
   *[windows] Setzen Sie localhostForwarding=true im Abschnitt [wsl2] der .wslconfig, und führen Sie dann wsl --shutdown aus.
}
wsl-localhost-step-2 = Oder stellen Sie WSL auf gespiegeltes Netzwerk um (networkingMode=mirrored in .wslconfig, ab Windows 11 22H2): Dann teilen sich beide Seiten localhost.

proxy-pac-not-run-headline = Ein Skript zur automatischen Proxy-Konfiguration entscheidet hier, über welchen Proxy Webverkehr läuft, und Port Doctor führt es nicht aus.
proxy-pac-not-run-why = Das Skript unter { $url } schickt die Verbindung zu { $host } womöglich über einen Proxy, den diese Prüfung nicht angesehen hat.
proxy-pac-not-run-step-1 = Fragen Sie, wer diesen Computer betreut, welchen Proxy das Skript für { $host } wählt und ob er läuft.
proxy-pac-not-run-step-2 = Oder öffnen Sie { $url } im Browser: Das Skript ist ein kurzer Text, der seine Proxys nennt.

containers-not-seen-headline = Programme in Containern konnten nicht angesehen werden.
containers-not-seen-why = Um die Weiterleitungen von Containern und die Programme anderer Benutzer in ihren eigenen Netzen zu sehen, braucht man Administratorrechte; ein Container hinter Port { $port } würde hier also nicht auftauchen.
containers-not-seen-step-1 = Führen Sie Port Doctor als Administrator aus (sudo), um auch Container anzusehen.
