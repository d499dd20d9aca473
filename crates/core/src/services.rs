//! Well-known services: URL schemes, service names and the clients that imply a port.
//!
//! One table serves target parsing ("postgres://db1", "db1 postgres"), pasted-error
//! parsing (psql implies 5432) and, later, the expected-service check.

/// A well-known TCP service.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Service {
    /// Names a user may type, as a URL scheme or after the host ("db1 postgres").
    pub names: &'static [&'static str],
    /// The port the service uses when none is given.
    pub port: u16,
    /// The product name shown to people.
    pub label: &'static str,
}

/// Every service we know by name, most common first.
pub const SERVICES: &[Service] = &[
    Service {
        names: &["http", "ws", "www"],
        port: 80,
        label: "HTTP",
    },
    Service {
        names: &["https", "wss"],
        port: 443,
        label: "HTTPS",
    },
    Service {
        names: &["ssh", "sftp", "scp"],
        port: 22,
        label: "SSH",
    },
    Service {
        names: &["postgres", "postgresql", "psql", "pg"],
        port: 5432,
        label: "PostgreSQL",
    },
    Service {
        names: &["mysql", "mariadb"],
        port: 3306,
        label: "MySQL",
    },
    Service {
        names: &["redis"],
        port: 6379,
        label: "Redis",
    },
    Service {
        names: &["rediss"],
        port: 6380,
        label: "Redis (TLS)",
    },
    Service {
        names: &["mongodb", "mongo"],
        port: 27017,
        label: "MongoDB",
    },
    Service {
        names: &["amqp", "rabbitmq"],
        port: 5672,
        label: "AMQP (RabbitMQ)",
    },
    Service {
        names: &["amqps"],
        port: 5671,
        label: "AMQP over TLS",
    },
    Service {
        names: &["mqtt"],
        port: 1883,
        label: "MQTT",
    },
    Service {
        names: &["mqtts"],
        port: 8883,
        label: "MQTT over TLS",
    },
    Service {
        names: &["ftp"],
        port: 21,
        label: "FTP",
    },
    Service {
        names: &["ftps"],
        port: 990,
        label: "FTP over TLS",
    },
    Service {
        names: &["telnet"],
        port: 23,
        label: "Telnet",
    },
    Service {
        names: &["smtp"],
        port: 25,
        label: "SMTP",
    },
    Service {
        names: &["submission"],
        port: 587,
        label: "SMTP submission",
    },
    Service {
        names: &["smtps"],
        port: 465,
        label: "SMTP over TLS",
    },
    Service {
        names: &["imap"],
        port: 143,
        label: "IMAP",
    },
    Service {
        names: &["imaps"],
        port: 993,
        label: "IMAP over TLS",
    },
    Service {
        names: &["pop3", "pop"],
        port: 110,
        label: "POP3",
    },
    Service {
        names: &["pop3s"],
        port: 995,
        label: "POP3 over TLS",
    },
    Service {
        names: &["dns", "domain"],
        port: 53,
        label: "DNS",
    },
    Service {
        names: &["rdp", "ms-wbt-server"],
        port: 3389,
        label: "Remote Desktop",
    },
    Service {
        names: &["smb", "cifs", "microsoft-ds"],
        port: 445,
        label: "Windows file sharing (SMB)",
    },
    Service {
        names: &["ldap"],
        port: 389,
        label: "LDAP",
    },
    Service {
        names: &["ldaps"],
        port: 636,
        label: "LDAP over TLS",
    },
    Service {
        names: &["vnc"],
        port: 5900,
        label: "VNC",
    },
    Service {
        names: &["mssql", "sqlserver", "ms-sql-s"],
        port: 1433,
        label: "SQL Server",
    },
    Service {
        names: &["oracle"],
        port: 1521,
        label: "Oracle Database",
    },
    Service {
        names: &["kafka"],
        port: 9092,
        label: "Kafka",
    },
    Service {
        names: &["elasticsearch", "elastic"],
        port: 9200,
        label: "Elasticsearch",
    },
    Service {
        names: &["memcached", "memcache"],
        port: 11211,
        label: "Memcached",
    },
    Service {
        names: &["git"],
        port: 9418,
        label: "Git daemon",
    },
    Service {
        names: &["nfs"],
        port: 2049,
        label: "NFS",
    },
    Service {
        names: &["docker"],
        port: 2375,
        label: "Docker API",
    },
    Service {
        names: &["zookeeper"],
        port: 2181,
        label: "ZooKeeper",
    },
    Service {
        names: &["cassandra"],
        port: 9042,
        label: "Cassandra",
    },
    Service {
        names: &["nats"],
        port: 4222,
        label: "NATS",
    },
    Service {
        names: &["etcd"],
        port: 2379,
        label: "etcd",
    },
    Service {
        names: &["kubernetes", "k8s", "kube-apiserver"],
        port: 6443,
        label: "Kubernetes API",
    },
    Service {
        names: &["winrm"],
        port: 5985,
        label: "WinRM",
    },
    Service {
        names: &["irc"],
        port: 6667,
        label: "IRC",
    },
    Service {
        names: &["xmpp"],
        port: 5222,
        label: "XMPP",
    },
    Service {
        names: &["sip"],
        port: 5060,
        label: "SIP",
    },
    Service {
        names: &["influxdb"],
        port: 8086,
        label: "InfluxDB",
    },
    Service {
        names: &["clickhouse"],
        port: 9000,
        label: "ClickHouse",
    },
    Service {
        names: &["couchdb"],
        port: 5984,
        label: "CouchDB",
    },
    Service {
        names: &["neo4j", "bolt"],
        port: 7687,
        label: "Neo4j (Bolt)",
    },
    Service {
        names: &["minecraft"],
        port: 25565,
        label: "Minecraft server",
    },
];

/// Looks a service up by a name a user typed, ignoring case.
pub fn by_name(name: &str) -> Option<&'static Service> {
    let lower = name.to_ascii_lowercase();
    SERVICES.iter().find(|s| s.names.contains(&lower.as_str()))
}

/// The service that normally uses `port`, if it is well known.
pub fn by_port(port: u16) -> Option<&'static Service> {
    SERVICES.iter().find(|s| s.port == port)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_lowercase_and_unique() {
        let mut seen = std::collections::HashSet::new();
        for s in SERVICES {
            for n in s.names {
                assert_eq!(*n, n.to_ascii_lowercase(), "{n}");
                assert!(seen.insert(*n), "{n} listed twice");
            }
        }
    }

    #[test]
    fn lookups() {
        assert_eq!(by_name("PostgreSQL").map(|s| s.port), Some(5432));
        assert_eq!(by_name("rdp").map(|s| s.port), Some(3389));
        assert_eq!(by_name("nonesuch"), None);
        assert_eq!(by_port(6379).map(|s| s.label), Some("Redis"));
    }
}

/// The programs that serve a service, by the service's label. Names are matched on the
/// process name, the executable's file name and the first word of the command line.
pub const PROGRAMS: &[(&str, &[&str])] = &[
    ("HTTP", WEB_SERVERS),
    ("HTTPS", WEB_SERVERS),
    (
        "PostgreSQL",
        &["postgres", "postmaster", "postgres.exe", "pg_ctl"],
    ),
    (
        "MySQL",
        &[
            "mysqld",
            "mariadbd",
            "mysqld.exe",
            "mariadbd.exe",
            "mysqld_safe",
        ],
    ),
    (
        "Redis",
        &[
            "redis-server",
            "redis-server.exe",
            "valkey-server",
            "keydb-server",
        ],
    ),
    ("Redis (TLS)", &["redis-server", "valkey-server"]),
    ("MongoDB", &["mongod", "mongod.exe", "mongos"]),
    ("SSH", &["sshd", "sshd.exe", "dropbear"]),
    (
        "Remote Desktop",
        &["svchost.exe", "xrdp", "gnome-remote-desktop-daemon"],
    ),
    ("Windows file sharing (SMB)", &["smbd", "System"]),
    ("SQL Server", &["sqlservr", "sqlservr.exe"]),
    ("Oracle Database", &["tnslsnr", "tnslsnr.exe", "oracle"]),
    ("Elasticsearch", &["elasticsearch", "opensearch"]),
    (
        "AMQP (RabbitMQ)",
        &["beam.smp", "rabbitmq-server", "erl.exe"],
    ),
    ("Kafka", &["kafka-server-start.sh", "kafka"]),
    (
        "Docker API",
        &["dockerd", "dockerd.exe", "com.docker.backend"],
    ),
    ("Memcached", &["memcached"]),
    ("MQTT", &["mosquitto", "emqx"]),
    (
        "DNS",
        &["named", "unbound", "dnsmasq", "systemd-resolved", "coredns"],
    ),
    (
        "FTP",
        &["vsftpd", "proftpd", "pure-ftpd", "filezilla server.exe"],
    ),
    ("SMTP", &["postfix", "master", "exim4", "sendmail"]),
    ("IMAP", &["dovecot"]),
    ("LDAP", &["slapd", "lsass.exe"]),
    ("VNC", &["Xvnc", "x11vnc", "vncserver", "winvnc.exe"]),
    ("ZooKeeper", &["zookeeper"]),
    ("Cassandra", &["cassandra"]),
    ("NATS", &["nats-server"]),
    ("etcd", &["etcd"]),
    ("Kubernetes API", &["kube-apiserver", "k3s"]),
    ("InfluxDB", &["influxd"]),
    ("ClickHouse", &["clickhouse-server", "clickhouse"]),
    ("CouchDB", &["beam.smp", "couchdb"]),
    ("Neo4j (Bolt)", &["neo4j"]),
    ("Git daemon", &["git-daemon", "git"]),
    ("NFS", &["nfsd", "rpc.nfsd"]),
];

/// Web servers: looked for when the user names http or https (never guessed from a
/// port number alone: too many programs serve HTTP).
const WEB_SERVERS: &[&str] = &[
    "nginx", "apache2", "httpd", "caddy", "lighttpd", "traefik", "h2o", "iis",
];

/// Services too generic to guess from the port number alone.
pub const GENERIC: &[&str] = &["HTTP", "HTTPS"];

/// Programs that forward a port to a container or VM: holding a port is their job.
pub const FORWARDERS: &[&str] = &[
    "docker-proxy",
    "com.docker.backend",
    "vpnkit",
    "wslrelay.exe",
    "rootlessport",
    "slirp4netns",
    "pasta",
    "containerd",
    "kubectl",
    "ssh",
    "socat",
    "haproxy",
    "envoy",
    "pgbouncer",
];

/// The programs that normally serve `label`, if they are specific enough to look for.
pub fn programs(label: &str) -> &'static [&'static str] {
    PROGRAMS
        .iter()
        .find(|(l, _)| *l == label)
        .map_or(&[], |(_, p)| p)
}

/// Whether a process called `name` (process name, exe file name or argv[0]) serves one
/// of `programs`. Linux cuts process names at 15 characters, so prefixes count.
pub fn program_matches(programs: &[&str], name: &str) -> bool {
    let base = name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(name)
        .to_ascii_lowercase();
    programs.iter().any(|p| {
        let p = p.to_ascii_lowercase();
        base == p
            || (base.len() == 15 && p.starts_with(&base))
            || base.trim_end_matches(".exe") == p.trim_end_matches(".exe")
    })
}

#[cfg(test)]
mod program_tests {
    use super::*;

    #[test]
    fn every_program_entry_names_a_known_service() {
        for (label, _) in PROGRAMS {
            assert!(SERVICES.iter().any(|s| s.label == *label), "{label}");
        }
    }

    #[test]
    fn matching_by_name_path_and_truncated_comm() {
        let pg = programs("PostgreSQL");
        assert!(program_matches(pg, "postgres"));
        assert!(program_matches(pg, "/usr/lib/postgresql/15/bin/postgres"));
        assert!(program_matches(
            pg,
            "C:\\Program Files\\PostgreSQL\\16\\bin\\postgres.exe"
        ));
        assert!(!program_matches(pg, "python3"));
        // comm is cut at 15: "redis-server-ex" for "redis-server-extra"
        assert!(program_matches(
            &["kafka-server-start.sh"],
            "kafka-server-st"
        ));
        assert!(program_matches(programs("HTTP"), "nginx"));
    }
}
