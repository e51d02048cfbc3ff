//! The guest's `/init`: a busybox shell script that prepares the machine, runs the test's
//! script between two markers and powers off. Its stdout is `/dev/console`, the serial port.
use std::fmt::Write;

use crate::kit::outcome::{BEGIN, EXIT, EXIT_END};

/// Mounts done before the script when `mount_dev` is on.
const MOUNTS: &str = "\
mkdir -p /proc /sys /dev
mount -t proc proc /proc || echo 'KIT: mount /proc failed'
mount -t sysfs sysfs /sys || echo 'KIT: mount /sys failed'
mount -t devtmpfs devtmpfs /dev || echo 'KIT: mount /dev failed'
";

/// The script text; `modules` are `(guest path, name)` in load order.
pub(super) fn script(mount_dev: bool, modules: &[(String, String)]) -> String {
    let mut s = String::from(
        "#!/kit/bin/busybox sh\n\
         /kit/bin/busybox --install -s /kit/bin\n\
         export PATH=/kit/bin:/usr/sbin:/usr/bin:/sbin:/bin\n",
    );
    if mount_dev {
        s.push_str(MOUNTS);
    }
    for (path, name) in modules {
        writeln!(s, "insmod {path} || echo 'KIT: insmod {name} failed'").expect("String");
    }
    writeln!(s, "echo '{BEGIN}'").expect("String");
    s.push_str("/kit/bin/sh /kit/script 2>&1\nstatus=$?\n");
    writeln!(s, "echo \"{EXIT}$status{EXIT_END}\"").expect("String");
    // Falling off the end would panic the kernel, which also stops QEMU (-no-reboot).
    s.push_str("poweroff -f\n");
    s
}
