use super::Config;
use crate::Error;

#[test]
fn default_renders_serial_first_then_the_label() {
    let text = Config::default().render().unwrap();
    let want = "SERIAL 0 115200\nCONSOLE 1\nDEFAULT anvil\nPROMPT 0\nTIMEOUT 30\n\n\
                LABEL anvil\n  KERNEL /boot/bzImage\n  INITRD /boot/initramfs.cpio.gz\n  \
                APPEND console=tty0 console=ttyS0,115200\n";
    assert_eq!(text, want);
}

#[test]
fn fields_are_rendered_as_given() {
    let cfg = Config {
        label: "live".into(),
        append: "root=ZFS=pool/ROOT quiet".into(),
        serial_baud: 9600,
        timeout_ds: 5,
        prompt: true,
        ..Config::default()
    };
    let text = cfg.render().unwrap();
    assert!(text.starts_with("SERIAL 0 9600\n"), "{text}");
    for line in ["DEFAULT live", "PROMPT 1", "TIMEOUT 5", "LABEL live"] {
        assert!(text.lines().any(|l| l == line), "no {line:?} in\n{text}");
    }
    assert!(
        text.ends_with("  APPEND root=ZFS=pool/ROOT quiet\n"),
        "{text}"
    );
}

#[test]
fn a_newline_in_append_is_refused() {
    let cfg = Config {
        append: "quiet\nDEFAULT evil".into(),
        ..Config::default()
    };
    let err = cfg.render().unwrap_err();
    assert!(
        matches!(
            err,
            Error::BadValue {
                field: "append",
                ..
            }
        ),
        "{err}"
    );
}

#[test]
fn a_kernel_path_with_spaces_is_refused() {
    let cfg = Config {
        kernel: "/boot/my kernel".into(),
        ..Config::default()
    };
    let err = cfg.render().unwrap_err();
    assert!(err.to_string().contains("kernel"), "{err}");
}

#[test]
fn an_empty_append_renders_an_empty_line() {
    let cfg = Config {
        append: String::new(),
        ..Config::default()
    };
    assert!(cfg.render().unwrap().ends_with("  APPEND \n"));
}
