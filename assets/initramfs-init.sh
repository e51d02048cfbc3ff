#!/bin/sh
# /init of the initramfs: finds the boot medium by its ISO 9660 volume label, imports the
# pool from its image and switch_roots to the pool's /init. Any failure drops to a rescue
# shell that says what failed: PID 1 never exits, so the kernel never panics.
export PATH=/bin:/sbin:/usr/bin:/usr/sbin
. /etc/anvil.conf # ANVIL_LABEL ANVIL_IMAGE ANVIL_POOL ANVIL_DATASET ANVIL_VDEV ANVIL_WAIT

rescue() {
    echo "anvil initramfs: $*"
    echo "anvil initramfs: dropping to a rescue shell (the kernel log: dmesg)"
    while :; do
        setsid cttyhack sh -l
        sleep 1
    done
}

mount -t proc proc /proc || rescue "cannot mount /proc"
mount -t sysfs sysfs /sys || rescue "cannot mount /sys"
mount -t devtmpfs devtmpfs /dev || rescue "cannot mount devtmpfs on /dev"
cmdline=" $(cat /proc/cmdline) "
has() { case "$cmdline" in *" $1 "*) return 0 ;; esac; return 1; }

# The volume identifier: 32 bytes at offset 40 of the primary volume descriptor (sector 16).
label_of() { dd if="$1" bs=1 skip=32808 count=32 2>/dev/null | tr -d ' '; }

find_medium() {
    for dev in /dev/sr* /dev/sd* /dev/vd* /dev/nvme*; do
        [ -b "$dev" ] && [ "$(label_of "$dev")" = "$ANVIL_LABEL" ] || continue
        mount -t iso9660 -o ro "$dev" /media/iso 2>/dev/null || continue
        [ -f "/media/iso/$ANVIL_IMAGE" ] && echo "anvil initramfs: boot medium $dev" && return 0
        umount /media/iso
    done
    return 1
}

tries=0
until find_medium; do
    tries=$((tries + 1))
    [ "$tries" -lt "${ANVIL_WAIT:-30}" ] || rescue "no device with ISO 9660 label $ANVIL_LABEL holding /$ANVIL_IMAGE (scanned /dev/sr* /dev/sd* /dev/vd* /dev/nvme*)"
    sleep 1
done

dir=/media/iso readonly=on
if has anvil.copytoram; then
    echo "anvil initramfs: anvil.copytoram: copying /$ANVIL_IMAGE to RAM"
    mount -t tmpfs -o size=95% tmpfs /media/ram || rescue "cannot mount a tmpfs on /media/ram"
    cp "/media/iso/$ANVIL_IMAGE" /media/ram/ || rescue "copying /$ANVIL_IMAGE to RAM failed (too little memory?)"
    umount /media/iso
    dir=/media/ram readonly=off
fi
vdev="$dir/$ANVIL_IMAGE"
if [ "$ANVIL_VDEV" = disk ]; then
    flag=-r && [ "$readonly" = off ] && flag=
    loop=$(losetup -f) && losetup $flag "$loop" "$vdev" || rescue "losetup of $vdev failed"
    vdev=$loop
fi
zpool import -d "$vdev" -N -R /new_root -o readonly=$readonly "$ANVIL_POOL" ||
    rescue "zpool import -d $vdev -o readonly=$readonly $ANVIL_POOL failed"
mount -t zfs -o zfsutil "$ANVIL_POOL/$ANVIL_DATASET" /new_root ||
    rescue "mount -t zfs $ANVIL_POOL/$ANVIL_DATASET /new_root failed"
[ -x /new_root/init ] || rescue "$ANVIL_POOL/$ANVIL_DATASET has no executable /init"
echo "anvil initramfs: $ANVIL_POOL/$ANVIL_DATASET on / (readonly=$readonly), switching root"
for m in /media/iso /media/ram /dev; do
    grep -q " $m " /proc/mounts && { mount --move "$m" "/new_root$m" || rescue "cannot move $m"; }
done
umount /sys
umount /proc
exec switch_root /new_root /init
