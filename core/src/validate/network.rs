//! Network data: public and private IP addresses, internal host names.

use std::net::{Ipv4Addr, Ipv6Addr};

pub(super) fn ip_public(v: &[u8]) -> bool {
    match parse_ip(v) {
        Some(std::net::IpAddr::V4(a)) => ipv4_public(a),
        Some(std::net::IpAddr::V6(a)) => ipv6_public(a),
        None => false,
    }
}

pub(super) fn ip_private(v: &[u8]) -> bool {
    match parse_ip(v) {
        // `10.0.0.0/8`, `172.16.0.0/12`: ranges everybody knows, not hosts.
        Some(std::net::IpAddr::V4(a)) => {
            let [first, second, ..] = a.octets();
            let shared = first == 100 && second & 0xc0 == 64;
            (a.is_private() || a.is_link_local() || shared)
                && !matches!(
                    a.octets(),
                    [10, 0, 0, 0]
                        | [172, 16, 0, 0]
                        | [192, 168, 0, 0]
                        | [100, 64, 0, 0]
                        | [169, 254, 0, 0]
                )
        }
        // Unique local (fc00::/7) and link-local (fe80::/10).
        Some(std::net::IpAddr::V6(a)) => {
            let first = a.segments()[0];
            first & 0xfe00 == 0xfc00 || first & 0xffc0 == 0xfe80
        }
        None => false,
    }
}

pub(super) fn internal_host(v: &[u8]) -> bool {
    let s = String::from_utf8_lossy(v).to_ascii_lowercase();
    // The authority: after the scheme, before the path, query or fragment
    // (which may hold another URL or an `@`), after any user, before the port.
    let host = s.split_once("://").map_or(s.as_str(), |(_, rest)| rest);
    let host = host.split(['/', '?', '#']).next().unwrap_or(host);
    let host = host.rsplit('@').next().unwrap_or(host);
    let host = host.split(':').next().unwrap_or(host);
    // A DNS label has at most 63 bytes (the patterns leave labels unbounded:
    // a bound multiplied their lazy DFAs' states until the caches thrashed).
    // Documentation hosts: `printer.example.local`, `db.example.internal`.
    host.split('.').all(|label| label.len() <= 63)
        && !is_reserved_domain(host)
        && !host.starts_with("localhost.")
        && !host.split('.').any(|label| label == "example")
}

fn parse_ip(v: &[u8]) -> Option<std::net::IpAddr> {
    let s = std::str::from_utf8(v).ok()?;
    let s = s.split('/').next()?;
    s.parse().ok()
}

fn ipv4_public(a: Ipv4Addr) -> bool {
    let o = a.octets();
    let doc = matches!(
        o,
        [192, 0, 2, _] | [198, 51, 100, _] | [203, 0, 113, _] | [192, 0, 0, _]
    ); // RFC 5737, RFC 6890
    let cgnat = o[0] == 100 && (64..=127).contains(&o[1]);
    let benchmark = o[0] == 198 && (o[1] == 18 || o[1] == 19);
    // Public resolvers are services, not people.
    let resolver = matches!(
        o,
        [8, 8, 8, 8] | [8, 8, 4, 4] | [1, 1, 1, 1] | [1, 0, 0, 1] | [9, 9, 9, 9]
    );
    // Sample addresses in documentation and tests: one octet four times
    // (`42.42.42.42`), a run (`14.15.16.17`); and single digits (`1.6.2.3`) are
    // release numbers far more often than hosts.
    let sample = matches!(o, [123, 45, 67, 89] | [12, 34, 56, 78] | [11, 22, 33, 44])
        || o.iter().all(|&x| x == o[0])
        || o.windows(2).all(|w| w[1] == w[0].wrapping_add(1))
        || o.windows(2).all(|w| w[0] == w[1].wrapping_add(1))
        || o.iter().all(|&x| x <= 9);
    !(a.is_private()
        || a.is_loopback()
        || a.is_link_local()
        || a.is_multicast()
        || a.is_broadcast()
        || a.is_unspecified()
        || o[0] == 0
        || o[0] >= 240
        || doc
        || cgnat
        || benchmark
        || resolver
        || sample)
}

fn ipv6_public(a: Ipv6Addr) -> bool {
    let s = a.segments();
    // Global unicast is 2000::/3; 2001:db8::/32 is documentation (RFC 3849).
    (s[0] & 0xe000) == 0x2000 && !(s[0] == 0x2001 && s[1] == 0x0db8)
}

/// Reserved names that are never real people's or hosts' (RFC 2606, RFC 6761).
pub(super) fn is_reserved_domain(domain: &str) -> bool {
    let d = domain.trim_end_matches('.').as_bytes();
    [
        "example.com",
        "example.net",
        "example.org",
        "example",
        "test",
        "invalid",
        "localhost",
    ]
    .iter()
    .any(|r| {
        let r = r.as_bytes();
        d.len() >= r.len()
            && d[d.len() - r.len()..].eq_ignore_ascii_case(r)
            && (d.len() == r.len() || d[d.len() - r.len() - 1] == b'.')
    })
}

/// Whether a host-shaped candidate goes on as a dotted name
/// (`google.protobuf.internal.x` is a module path, not a host).
pub(super) fn host_ruled_out_by_neighbours(hay: &[u8], end: usize) -> bool {
    hay.get(end) == Some(&b'.') && hay.get(end + 1).is_some_and(|b| b.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::super::{Check, Validator};

    fn ok(v: Validator, s: &str) -> bool {
        v.check(s.as_bytes()) != Check::Reject
    }

    #[test]
    fn ip_addresses() {
        assert!(ok(Validator::IpPublic, "81.2.69.160"));
        for not_public in [
            "10.1.2.3",
            "192.168.1.1",
            "127.0.0.1",
            "192.0.2.10",
            "203.0.113.5",
            "8.8.8.8",
            "256.1.1.1",
            "100.64.0.1",
        ] {
            assert!(!ok(Validator::IpPublic, not_public), "{not_public}");
        }
        assert!(ok(Validator::IpPublic, "2a00:1450:4009:81f::200e"));
        assert!(!ok(Validator::IpPublic, "2001:db8::1"));
        assert!(!ok(Validator::IpPublic, "12:30:45"));
        assert!(ok(Validator::IpPrivate, "10.20.30.40"));
        // The RFC 1918 blocks themselves are common knowledge, not internal hosts.
        assert!(!ok(Validator::IpPrivate, "10.0.0.0/8"));
        assert!(!ok(Validator::IpPrivate, "10.0.0.300"));
        assert!(ok(Validator::IpPrivate, "fd12:3456:789a::1"));
    }

    #[test]
    fn internal_hosts() {
        assert!(ok(Validator::InternalHost, "https://wiki.acme.corp/page"));
        assert!(!ok(Validator::InternalHost, "http://localhost.local"));
        let long = format!("{}.corp", "a".repeat(64));
        assert!(!ok(Validator::InternalHost, &long));
        assert!(ok(Validator::InternalHost, &long[1..]));
        // The host is the authority's, not a URL's in the query or a path's `@`.
        assert!(!ok(
            Validator::InternalHost,
            "http://db.example.internal/r?u=https://x.corp"
        ));
        assert!(ok(Validator::InternalHost, "https://git.corp/@example"));
    }
}
