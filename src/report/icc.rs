//! The sRGB colour profile of a report's PDF/A output intent (`assets/icc/farol-srgb.icc`,
//! 2.5 KB), made by `make::srgb_profile` here rather than copied from elsewhere, so that its
//! licence is the project's: an ICC version 2 display profile with the sRGB primaries
//! (adapted to D50, as the profile connection space asks), the D50 white and the sRGB
//! tone curve (IEC 61966-2-1) as a 1,024-entry table. The committed file is what the PDF
//! embeds (no floating point at run time, so every machine writes the same bytes); a test
//! checks it equals what this code makes.

/// The profile's bytes, as committed.
pub const SRGB: &[u8] = include_bytes!("../../assets/icc/farol-srgb.icc");

/// What the output intent calls the profile.
pub const SRGB_NAME: &str = "sRGB IEC61966-2.1";

/// The generator, run by the test that checks the committed file.
#[cfg(test)]
mod make {
    use super::SRGB_NAME;

    fn s15f16(v: f64) -> [u8; 4] {
        ((v * 65536.0).round() as i32).to_be_bytes()
    }

    fn xyz(x: f64, y: f64, z: f64) -> Vec<u8> {
        let mut t = b"XYZ \0\0\0\0".to_vec();
        for v in [x, y, z] {
            t.extend_from_slice(&s15f16(v));
        }
        t
    }

    /// The tone curve: sRGB-encoded values to linear light.
    fn curve() -> Vec<u8> {
        const N: u32 = 1024;
        let mut t = b"curv\0\0\0\0".to_vec();
        t.extend_from_slice(&N.to_be_bytes());
        for i in 0..N {
            let v = f64::from(i) / f64::from(N - 1);
            let lin = if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            };
            t.extend_from_slice(&((lin * 65535.0).round() as u16).to_be_bytes());
        }
        t
    }

    fn description(s: &str) -> Vec<u8> {
        let mut t = b"desc\0\0\0\0".to_vec();
        t.extend_from_slice(&(s.len() as u32 + 1).to_be_bytes());
        t.extend_from_slice(s.as_bytes());
        t.push(0);
        // No Unicode or ScriptCode description: their counts are zero, then ScriptCode's
        // fixed 67 bytes.
        t.extend_from_slice(&[0; 8]);
        t.extend_from_slice(&[0; 3]);
        t.extend_from_slice(&[0; 67]);
        t
    }

    fn text(s: &str) -> Vec<u8> {
        let mut t = b"text\0\0\0\0".to_vec();
        t.extend_from_slice(s.as_bytes());
        t.push(0);
        t
    }

    /// Builds the profile.
    pub(super) fn srgb_profile() -> Vec<u8> {
        let trc = curve();
        let tags: Vec<(&[u8; 4], Vec<u8>)> = vec![
            (b"desc", description(SRGB_NAME)),
            (
                b"cprt",
                text("Farol contributors; MIT OR Apache-2.0, no rights reserved on the data"),
            ),
            (b"wtpt", xyz(0.9642, 1.0, 0.8249)),
            (b"rXYZ", xyz(0.436_074_7, 0.222_504_5, 0.013_932_2)),
            (b"gXYZ", xyz(0.385_064_9, 0.716_878_6, 0.097_104_5)),
            (b"bXYZ", xyz(0.143_080_4, 0.060_616_9, 0.714_173_3)),
            (b"rTRC", trc),
        ];
        // gTRC and bTRC share rTRC's data, as the format allows.
        let count = tags.len() + 2;
        let mut offset = 128 + 4 + 12 * count;
        let mut table = (count as u32).to_be_bytes().to_vec();
        let mut data = Vec::new();
        let mut trc_at = (0, 0);
        for (sig, body) in &tags {
            table.extend_from_slice(*sig);
            table.extend_from_slice(&(offset as u32).to_be_bytes());
            table.extend_from_slice(&(body.len() as u32).to_be_bytes());
            if *sig == b"rTRC" {
                trc_at = (offset, body.len());
            }
            data.extend_from_slice(body);
            offset += body.len();
            while data.len() % 4 != 0 {
                data.push(0);
                offset += 1;
            }
        }
        for sig in [b"gTRC", b"bTRC"] {
            table.extend_from_slice(sig);
            table.extend_from_slice(&(trc_at.0 as u32).to_be_bytes());
            table.extend_from_slice(&(trc_at.1 as u32).to_be_bytes());
        }
        let size = 128 + table.len() + data.len();
        let mut h = Vec::with_capacity(size);
        h.extend_from_slice(&(size as u32).to_be_bytes());
        h.extend_from_slice(&[0; 4]); // preferred CMM: none
        h.extend_from_slice(&[2, 0x10, 0, 0]); // version 2.1
        h.extend_from_slice(b"mntr");
        h.extend_from_slice(b"RGB ");
        h.extend_from_slice(b"XYZ ");
        for v in [2026u16, 1, 1, 0, 0, 0] {
            h.extend_from_slice(&v.to_be_bytes());
        }
        h.extend_from_slice(b"acsp");
        h.extend_from_slice(&[0; 24]); // platform, flags, manufacturer, model, attributes
        h.extend_from_slice(&[0; 4]); // rendering intent: perceptual
        for v in [0.9642, 1.0, 0.8249] {
            h.extend_from_slice(&s15f16(v));
        }
        h.resize(128, 0);
        h.extend_from_slice(&table);
        h.extend_from_slice(&data);
        h
    }
}

#[cfg(test)]
mod tests {
    /// The committed profile is the one this code makes (`FAROL_WRITE_ICC=1` writes it).
    #[test]
    fn the_committed_profile_is_the_generated_one() {
        let made = super::make::srgb_profile();
        if std::env::var_os("FAROL_WRITE_ICC").is_some() {
            std::fs::write(
                concat!(env!("CARGO_MANIFEST_DIR"), "/assets/icc/farol-srgb.icc"),
                &made,
            )
            .unwrap();
        }
        assert_eq!(made.len() % 4, 0);
        assert_eq!(&made[36..40], b"acsp");
        assert_eq!(super::SRGB, made.as_slice());
    }
}
