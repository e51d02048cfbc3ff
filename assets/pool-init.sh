#!/bin/sh
# /init of the ZFS root (anvil_pool/ROOT), run as PID 1 after the initramfs's switch_root.
# Mounts proc, sys and dev, prints a banner with the pool's health, then starts a shell on
# the console. With `anvil.poweroff` on the kernel command line it powers off after the
# banner instead (smoke tests). PID 1 must never exit: the shell is respawned.
export PATH=/bin:/sbin:/usr/bin:/usr/sbin HOME=/root
mount -t proc proc /proc 2>/dev/null
mount -t sysfs sysfs /sys 2>/dev/null
mount -t devtmpfs devtmpfs /dev 2>/dev/null
mount -t tmpfs -o mode=1777 tmpfs /tmp 2>/dev/null
hostname -F /etc/hostname 2>/dev/null
root=$(awk '$2 == "/" && $3 == "zfs" { print $1 }' /proc/mounts)
pool=${root%%/*}
echo
echo "=== AnvilOS: PID 1 on the ZFS root ${root:-(not zfs?)} ==="
echo "--- zpool status"
zpool status "$pool"
echo "--- zfs list"
zfs list
echo "--- zfs get compression $root"
zfs get compression "$root"
echo "--- sha256sum"
sha256sum /bin/busybox /sbin/zpool /sbin/zfs
# A writable root (anvil.copytoram) must read back what it writes.
if echo anvil-rw >/root/.anvil-rw 2>/dev/null && [ "$(cat /root/.anvil-rw)" = anvil-rw ]; then
    echo "ANVIL-RW: wrote and read back /root/.anvil-rw"
else
    echo "ANVIL-RW: the root is read-only"
fi
echo "ANVIL-POOL-INIT-OK"
case " $(cat /proc/cmdline) " in
*" anvil.poweroff "*)
    sync
    poweroff -f
    ;;
esac
while :; do
    setsid cttyhack sh -l
    sleep 1
done
