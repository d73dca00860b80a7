//! Signing keys: created owner-only, refused when others may read them, shared and
//! trusted by fingerprint.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use chrono::Utc;
use farol::keys::{self, KeyError, Role};

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[test]
fn new_keys_are_owner_only_in_an_owner_only_directory() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("config").join("farol").join("keys");
    let info = keys::new_key(&dir, "Ana Lei", Role::Assessor, Utc::now()).unwrap();
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&info.path), 0o600);
    assert!(info.id.starts_with("farol:"));
    assert_eq!(info.id.len(), "farol:".len() + 16);
    assert_eq!(info.fingerprint.len(), 64);
    assert!(info.fingerprint.starts_with(&info.id["farol:".len()..]));
    // PKCS#8 v1 (OpenSSL reads it): `MC4CAQAw…`.
    let pem = std::fs::read_to_string(&info.path).unwrap();
    assert!(
        pem.starts_with("-----BEGIN PRIVATE KEY-----\nMC4CAQAw"),
        "{pem}"
    );

    let listed = keys::list_keys(&dir).unwrap();
    assert_eq!(listed, vec![info.clone()]);
    let loaded = keys::load_signing_key(&dir, None).unwrap();
    assert_eq!(loaded.info, info);
    assert_eq!(
        hex::encode(loaded.signing.verifying_key().as_bytes()),
        info.public_key
    );
}

#[test]
fn a_private_key_others_can_read_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("keys");
    let info = keys::new_key(&dir, "Ana Lei", Role::Assessor, Utc::now()).unwrap();
    for m in [0o644, 0o640, 0o604, 0o660] {
        std::fs::set_permissions(&info.path, std::fs::Permissions::from_mode(m)).unwrap();
        let e = keys::load_signing_key(&dir, None).unwrap_err();
        assert!(matches!(e, KeyError::Exposed { .. }), "{e}");
        let msg = e.to_string();
        assert!(msg.contains(&info.path.display().to_string()), "{msg}");
        assert!(msg.contains("chmod 600"), "{msg}");
    }
    std::fs::set_permissions(&info.path, std::fs::Permissions::from_mode(0o600)).unwrap();
    assert!(keys::load_signing_key(&dir, None).is_ok());
    std::fs::set_permissions(&info.path, std::fs::Permissions::from_mode(0o400)).unwrap();
    assert!(keys::load_signing_key(&dir, None).is_ok());
}

#[test]
fn a_key_directory_others_can_read_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("keys");
    std::fs::create_dir(&dir).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    let e = keys::new_key(&dir, "Ana Lei", Role::Assessor, Utc::now()).unwrap_err();
    assert!(e.to_string().contains("chmod 700"), "{e}");
}

#[test]
fn choosing_among_several_keys() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("keys");
    let e = keys::load_signing_key(&dir, None).unwrap_err();
    assert!(e.to_string().contains("farol keys new"), "{e}");
    let a = keys::new_key(&dir, "Ana Lei", Role::Assessor, Utc::now()).unwrap();
    let b = keys::new_key(&dir, "Bruno Chan", Role::Reviewer, Utc::now()).unwrap();
    let e = keys::load_signing_key(&dir, None).unwrap_err();
    assert!(matches!(e, KeyError::WhichKey { count: 2, .. }), "{e}");
    assert!(
        e.to_string().contains(&a.id) && e.to_string().contains(&b.id),
        "{e}"
    );
    assert_eq!(keys::load_signing_key(&dir, Some(&b.id)).unwrap().info, b);
    assert_eq!(
        keys::load_signing_key(&dir, Some("Ana Lei")).unwrap().info,
        a
    );
    assert_eq!(
        keys::load_signing_key(&dir, Some(&a.fingerprint[..8]))
            .unwrap()
            .info,
        a
    );
    let e = keys::load_signing_key(&dir, Some("farol:ffffffffffffffff")).unwrap_err();
    assert!(e.to_string().contains("known keys"), "{e}");
}

#[test]
fn trusting_a_key_from_a_file_hex_or_own_id() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("keys");
    let dossier = tmp.path().join("dossier");
    let a = keys::new_key(&dir, "Ana Lei", Role::Assessor, Utc::now()).unwrap();
    let b = keys::new_key(&dir, "Bruno Chan", Role::Reviewer, Utc::now()).unwrap();
    let c = keys::new_key(&dir, "Carla Ho", Role::Approver, Utc::now()).unwrap();

    // From what `farol keys show` prints.
    let export = tmp.path().join("ana.pub.ron");
    std::fs::write(&export, keys::public_export(&a)).unwrap();
    let t = keys::trust(
        &dossier,
        None,
        export.to_str().unwrap(),
        None,
        None,
        Utc::now(),
    )
    .unwrap();
    assert_eq!(
        (t.name.as_str(), t.role, t.fingerprint.as_str()),
        ("Ana Lei", Role::Assessor, a.fingerprint.as_str())
    );

    // From hex: the name and role must be given.
    let e = keys::trust(
        &dossier,
        None,
        &b.public_key,
        None,
        Some(Role::Reviewer),
        Utc::now(),
    )
    .unwrap_err();
    assert!(e.to_string().contains("--name"), "{e}");
    let e = keys::trust(
        &dossier,
        None,
        &b.public_key,
        Some("Bruno"),
        None,
        Utc::now(),
    )
    .unwrap_err();
    assert!(e.to_string().contains("--role"), "{e}");
    keys::trust(
        &dossier,
        None,
        &b.public_key,
        Some("Bruno Chan"),
        Some(Role::Reviewer),
        Utc::now(),
    )
    .unwrap();

    // From an SPKI PEM file.
    use ed25519_dalek::pkcs8::EncodePublicKey;
    let vk = keys::load_signing_key(&dir, Some(&c.id))
        .unwrap()
        .signing
        .verifying_key();
    let pem = vk
        .to_public_key_pem(ed25519_dalek::pkcs8::spki::der::pem::LineEnding::LF)
        .unwrap();
    let pem_file = tmp.path().join("carla.pem");
    std::fs::write(&pem_file, pem).unwrap();
    keys::trust(
        &dossier,
        None,
        pem_file.to_str().unwrap(),
        Some("Carla Ho"),
        Some(Role::Approver),
        Utc::now(),
    )
    .unwrap();

    let (trusted, problems) = keys::trusted(&dossier).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    let mut fps: Vec<&str> = trusted.iter().map(|t| t.fingerprint.as_str()).collect();
    fps.sort();
    let mut want = vec![
        a.fingerprint.as_str(),
        b.fingerprint.as_str(),
        c.fingerprint.as_str(),
    ];
    want.sort();
    assert_eq!(fps, want);

    // Nonsense is refused with what to give instead.
    let e = keys::trust(
        &dossier,
        Some(&dir),
        "not-a-key",
        Some("X"),
        Some(Role::Assessor),
        Utc::now(),
    )
    .unwrap_err();
    assert!(e.to_string().contains("farol keys show"), "{e}");
}

#[test]
fn a_tampered_trusted_key_file_is_not_trusted() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("keys");
    let dossier = tmp.path().join("dossier");
    let a = keys::new_key(&dir, "Ana Lei", Role::Assessor, Utc::now()).unwrap();
    let b = keys::new_key(&dir, "Mallory", Role::Assessor, Utc::now()).unwrap();
    keys::trust(&dossier, Some(&dir), &a.id, None, None, Utc::now()).unwrap();
    // Put Mallory's key into Ana's trusted file.
    let f = std::fs::read_dir(keys::trusted_dir(&dossier))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().contains(&a.fingerprint[..16]))
        .unwrap();
    let text = std::fs::read_to_string(&f)
        .unwrap()
        .replace(&a.public_key, &b.public_key);
    std::fs::write(&f, text).unwrap();
    let (trusted, problems) = keys::trusted(&dossier).unwrap();
    assert!(trusted.is_empty());
    assert_eq!(problems.len(), 1);
    assert!(problems[0].problem.contains("fingerprint"), "{problems:?}");
}

#[test]
fn roles_read_from_text() {
    assert_eq!("Reviewer".parse::<Role>().unwrap(), Role::Reviewer);
    let e = "boss".parse::<Role>().unwrap_err();
    assert!(
        e.to_string().contains("assessor, reviewer or approver"),
        "{e}"
    );
}

#[test]
fn a_key_directory_others_can_write_is_refused_at_signing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("keys");
    keys::new_key(&dir, "Ana Lei", Role::Assessor, Utc::now()).unwrap();
    for m in [0o777, 0o770, 0o730, 0o703] {
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(m)).unwrap();
        let e = keys::load_signing_key(&dir, None).unwrap_err();
        assert!(matches!(e, KeyError::WritableDir { .. }), "{m:o}: {e}");
        let msg = e.to_string();
        assert!(msg.contains("chmod 700"), "{msg}");
        assert!(msg.contains(&dir.display().to_string()), "{msg}");
    }
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert!(
        keys::load_signing_key(&dir, None).is_ok(),
        "readable is not writable"
    );
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
}

#[test]
fn a_passphrase_protected_key_is_encrypted_pkcs8_and_needs_its_passphrase() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("keys");
    let info =
        keys::new_key_protected(&dir, "Ana Lei", Role::Assessor, Utc::now(), "correct horse")
            .unwrap();
    let pem = std::fs::read_to_string(&info.path).unwrap();
    assert!(
        pem.starts_with("-----BEGIN ENCRYPTED PRIVATE KEY-----"),
        "{pem}"
    );
    assert_eq!(mode(&info.path), 0o600);
    let given = |p: &str| keys::load_signing_key_with(&dir, None, &keys::Passphrase::Given(p));
    let k = given("correct horse").unwrap();
    assert_eq!(
        hex::encode(k.signing.verifying_key().as_bytes()),
        info.public_key
    );
    let e = given("wrong").unwrap_err();
    assert!(matches!(e, KeyError::WrongPassphrase { .. }), "{e}");
    // Nothing to ask it with (no terminal, no FAROL_PASSPHRASE): a clear refusal.
    let e = keys::load_signing_key_with(&dir, None, &keys::Passphrase::None).unwrap_err();
    assert!(matches!(e, KeyError::NeedsPassphrase { .. }), "{e}");
    assert!(e.to_string().contains("FAROL_PASSPHRASE"), "{e}");
    // OpenSSL reads it too, with the passphrase.
    if let Ok(out) = std::process::Command::new("openssl")
        .args(["pkey", "-in"])
        .arg(&info.path)
        .args([
            "-passin",
            "pass:correct horse",
            "-pubout",
            "-outform",
            "DER",
        ])
        .output()
        && out.status.success()
    {
        assert!(
            out.stdout
                .ends_with(&hex::decode(&info.public_key).unwrap())
        );
    }
}

#[test]
fn farol_keys_new_with_a_passphrase_then_sign() {
    let tmp = tempfile::tempdir().unwrap();
    let run = |args: &[&str], pass: Option<&str>| {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_farol"));
        c.env("FAROL_DOSSIER", tmp.path().join("d"))
            .env("FAROL_KEYS", tmp.path().join("k"))
            .env("FAROL_LANG", "en")
            .env_remove("FAROL_PASSPHRASE")
            .args(args);
        if let Some(p) = pass {
            c.env("FAROL_PASSPHRASE", p);
        }
        c.output().unwrap()
    };
    assert!(run(&["demo"], None).status.success());
    let out = run(
        &["keys", "new", "--name", "Ana Lei", "--passphrase"],
        Some("s3cret"),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("protected by your passphrase"));
    let out = run(&["sign", "demo-worklink-rollout"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("passphrase"));
    let out = run(&["sign", "demo-worklink-rollout"], Some("nope"));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("wrong passphrase"));
    let out = run(&["sign", "demo-worklink-rollout"], Some("s3cret"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn trust_for_verify_is_a_named_key_file_or_a_known_full_fingerprint() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("keys");
    let info = keys::new_key(&dir, "Ana Lei", Role::Assessor, Utc::now()).unwrap();
    // The file `farol keys show` writes names the owner and role.
    let file = tmp.path().join("ana.pub.ron");
    std::fs::write(&file, keys::public_export(&info)).unwrap();
    let t = keys::resolve_trust(file.to_str().unwrap(), &[]).unwrap();
    assert_eq!(
        (t.name.as_str(), t.role, t.fingerprint.as_str()),
        ("Ana Lei", Role::Assessor, info.fingerprint.as_str())
    );
    // A full fingerprint takes the name and role of the key that came with the bundle.
    let t2 =
        keys::resolve_trust(&info.fingerprint.to_uppercase(), std::slice::from_ref(&t)).unwrap();
    assert_eq!(t2, t);
    assert!(matches!(
        keys::resolve_trust(&info.fingerprint, &[]),
        Err(KeyError::UnknownFingerprint { .. })
    ));
    // A short id is not a fingerprint: only the full SHA-256 pins a key.
    assert!(matches!(
        keys::resolve_trust(&info.id, std::slice::from_ref(&t)),
        Err(KeyError::NotTrustSpec { .. })
    ));
    // A bare PEM says nothing of whose key it is.
    let pem = tmp.path().join("ana.pem");
    let ana = keys::TrustedKey {
        added: None,
        ..t.clone()
    };
    std::fs::write(&pem, keys::public_pem(&ana).unwrap()).unwrap();
    let e = keys::resolve_trust(pem.to_str().unwrap(), &[]).unwrap_err();
    assert!(matches!(e, KeyError::TrustWithoutName { .. }), "{e}");
    assert!(e.to_string().contains("farol keys show"), "{e}");
}
