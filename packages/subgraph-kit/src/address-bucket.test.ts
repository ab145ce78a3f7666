import { describe, expect, it } from 'vitest';
import { addressBucket } from './address-bucket.js';

describe('addressBucket', () => {
  it('counts an IPv4 address as itself, also when a dual-stack socket writes it as IPv6', () => {
    expect(addressBucket('203.0.113.7')).toBe('203.0.113.7');
    expect(addressBucket('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressBucket('::FFFF:203.0.113.7')).toBe('203.0.113.7');
    expect(addressBucket('0:0:0:0:0:ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressBucket('::ffff:cb00:7107')).toBe('203.0.113.7');
    // NAT64 (64:ff9b::/96) carries the IPv4 client too: never one bucket for every IPv4 caller
    expect(addressBucket('64:ff9b::203.0.113.7')).toBe('203.0.113.7');
    expect(addressBucket('64:ff9b::198.51.100.1')).toBe('198.51.100.1');
  });

  it('counts every address of one IPv6 /64 as one client, however it is written', () => {
    const bucket = '2001:db8:1:2::/64';
    expect(addressBucket('2001:db8:1:2:3:4:5:6')).toBe(bucket);
    expect(addressBucket('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe(bucket);
    expect(addressBucket('2001:db8:1:2::9')).toBe(bucket);
    expect(addressBucket('2001:DB8:1:2::')).toBe(bucket);
    expect(addressBucket('2001:db8:1:2:0:0:192.0.2.1')).toBe(bucket);
  });

  it('tells neighbouring /64s apart, including where the compressed zeros sit in the prefix', () => {
    expect(addressBucket('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    expect(addressBucket('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressBucket('2001:db8::1:2:3:4')).toBe('2001:db8:0:0::/64');
    expect(addressBucket('2001:db8::5:1:2:3:4')).toBe('2001:db8:0:5::/64');
    expect(addressBucket('::1')).toBe('0:0:0:0::/64');
    expect(addressBucket('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('leaves what is not an address as it is', () => {
    expect(addressBucket('unknown')).toBe('unknown');
  });
});
