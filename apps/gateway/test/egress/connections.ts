// Reads the connect/sendto lines of an `strace -f` log into the network destinations a process tree
// tried to reach, so the egress test can tell loopback (allowed) from anything else (refused).

export interface Destination {
  family: 'AF_INET' | 'AF_INET6';
  address: string;
  port: number;
  syscall: string;
}

const INET =
  /(connect|sendto|sendmsg|sendmmsg)\(.*?sa_family=AF_INET, sin_port=htons\((\d+)\), sin_addr=inet_addr\("([^"]+)"\)/;
const INET6 =
  /(connect|sendto|sendmsg|sendmmsg)\(.*?sa_family=AF_INET6, sin6_port=htons\((\d+)\),.*?inet_pton\(AF_INET6, "([^"]+)"/;

/** Every IPv4/IPv6 destination in the log (Unix sockets and netlink are local by nature and skipped). */
export function destinations(straceLog: string): Destination[] {
  const found: Destination[] = [];
  for (const line of straceLog.split('\n')) {
    const v4 = INET.exec(line);
    if (v4) found.push({ family: 'AF_INET', syscall: v4[1]!, port: Number(v4[2]), address: v4[3]! });
    const v6 = INET6.exec(line);
    if (v6) found.push({ family: 'AF_INET6', syscall: v6[1]!, port: Number(v6[2]), address: v6[3]! });
  }
  return found;
}

/** 127.0.0.0/8, ::1 and IPv4-mapped loopback; the unspecified address (a socket's disconnect) is not a destination. */
export function isLoopback(address: string): boolean {
  if (address === '::1' || address === '::' || address === '0.0.0.0') return true;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return /^127\.\d+\.\d+\.\d+$/.test(v4);
}

export const nonLoopback = (straceLog: string): Destination[] =>
  destinations(straceLog).filter((d) => !isLoopback(d.address));
