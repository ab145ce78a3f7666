import { describe, expect, it } from 'vitest';
import { destinations, isLoopback, nonLoopback } from './connections.js';

// Lines as strace 6 writes them, taken from a trace of the gateway before its telemetry was switched off.
const TRACE = `
101 connect(21, {sa_family=AF_INET, sin_port=htons(4001), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 EINPROGRESS (Operation now in progress)
102 connect(22, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("169.254.169.254")}, 16) = -1 ENETUNREACH (Network is unreachable)
102 connect(23, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("100.100.100.200")}, 16) = -1 ENETUNREACH (Network is unreachable)
103 sendto(11, "#\\6\\1\\0\\0\\1\\0\\0\\0\\0\\0\\0\\ttelemetry\\6vercel\\3co"..., 38, MSG_NOSIGNAL, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("10.255.255.53")}, 16) = -1 ENETUNREACH (Network is unreachable)
104 connect(24, {sa_family=AF_INET6, sin6_port=htons(4000), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, 28) = 0
104 connect(25, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2606:4700::1", &sin6_addr), sin6_scope_id=0}, 28) = -1 ENETUNREACH
105 connect(26, {sa_family=AF_UNIX, sun_path="/run/mysqld/mysqld.sock"}, 110) = 0
106 connect(27, {sa_family=AF_INET, sin_port=htons(3306), sin_addr=inet_addr("127.0.0.53")}, 16) = 0
`;

describe('reading an strace log for network destinations', () => {
  it('finds every IPv4 and IPv6 destination of connect and sendto, and skips Unix sockets', () => {
    expect(destinations(TRACE).map((d) => `${d.syscall} ${d.address}:${d.port}`)).toEqual([
      'connect 127.0.0.1:4001',
      'connect 169.254.169.254:80',
      'connect 100.100.100.200:80',
      'sendto 10.255.255.53:53',
      'connect ::1:4000',
      'connect 2606:4700::1:443',
      'connect 127.0.0.53:3306',
    ]);
  });

  it('flags the metadata probes, the DNS resolver and a public address; loopback is allowed', () => {
    expect(nonLoopback(TRACE).map((d) => d.address)).toEqual([
      '169.254.169.254',
      '100.100.100.200',
      '10.255.255.53',
      '2606:4700::1',
    ]);
  });

  it('knows loopback when it sees it', () => {
    for (const a of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1']) expect(isLoopback(a)).toBe(true);
    for (const a of ['128.0.0.1', '10.0.0.1', '169.254.169.254', '::ffff:10.0.0.1', '1::1'])
      expect(isLoopback(a)).toBe(false);
  });
});
