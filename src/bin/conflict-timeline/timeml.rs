//! `timeml IN [OUT]`: tag TimeML documents, one file or every `*.tml` of a folder.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use conflict_timeline::{Extractor, annotate_timeml};

use crate::fail::{Fail, Status, io_reason};
use crate::input;

/// Tags one file (to `output` or standard output) or a folder (into the folder `output`).
pub fn run(
    extractor: &Extractor,
    input_path: &Path,
    output: Option<&Path>,
    lossy: bool,
    max_bytes: usize,
) -> Result<Status, Fail> {
    if input_path.is_dir() {
        let Some(out_dir) = output else {
            return Err(Fail::msg(format!(
                "{} is a folder: give an output folder too (conflict-timeline timeml IN_DIR OUT_DIR)",
                input_path.display()
            )));
        };
        return run_dir(extractor, input_path, out_dir, lossy, max_bytes);
    }
    let xml = input::read_document(input_path, max_bytes, lossy)?;
    let tagged = annotate_timeml(extractor, &xml)
        .map_err(|e| Fail::msg(format!("{}: {e}", input_path.display())))?;
    match output {
        Some(out) => {
            let target = if out.is_dir() {
                match input_path.file_name() {
                    Some(name) => out.join(name),
                    None => out.to_path_buf(),
                }
            } else {
                out.to_path_buf()
            };
            std::fs::write(&target, tagged).map_err(|e| {
                Fail::msg(format!(
                    "cannot write {}: {}",
                    target.display(),
                    io_reason(&e)
                ))
            })?;
        }
        None => {
            let mut stdout = io::stdout().lock();
            stdout
                .write_all(tagged.as_bytes())
                .and_then(|()| stdout.flush())
                .map_err(|e| Fail::write(&e))?;
        }
    }
    Ok(Status::Success)
}

fn run_dir(
    extractor: &Extractor,
    in_dir: &Path,
    out_dir: &Path,
    lossy: bool,
    max_bytes: usize,
) -> Result<Status, Fail> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(in_dir)
        .map_err(|e| Fail::read(in_dir, &e))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x.eq_ignore_ascii_case("tml")))
        .collect();
    files.sort();
    std::fs::create_dir_all(out_dir).map_err(|e| {
        Fail::msg(format!(
            "cannot create {}: {}",
            out_dir.display(),
            io_reason(&e)
        ))
    })?;
    if let (Ok(a), Ok(b)) = (in_dir.canonicalize(), out_dir.canonicalize()) {
        if a == b {
            return Err(Fail::msg(
                "the output folder is the input folder: the input files would be overwritten",
            ));
        }
    }
    let mut failed = 0u64;
    for path in &files {
        let result = input::read_document(path, max_bytes, lossy).and_then(|xml| {
            annotate_timeml(extractor, &xml)
                .map_err(|e| Fail::msg(format!("{}: {e}", path.display())))
        });
        let written = result.and_then(|tagged| {
            let target = out_dir.join(path.file_name().unwrap_or_default());
            std::fs::write(&target, tagged).map_err(|e| {
                Fail::msg(format!(
                    "cannot write {}: {}",
                    target.display(),
                    io_reason(&e)
                ))
            })
        });
        if let Err(fail) = written {
            failed += 1;
            if let Fail::Message(m) = fail {
                let _ = writeln!(io::stderr(), "conflict-timeline: {m}");
            }
        }
    }
    let _ = writeln!(
        io::stderr(),
        "conflict-timeline: tagged {} of {} TimeML files into {}{}",
        files.len() as u64 - failed,
        files.len(),
        out_dir.display(),
        if failed > 0 {
            format!("; {failed} failed")
        } else {
            String::new()
        }
    );
    Ok(if failed > 0 {
        Status::SomeFailed
    } else {
        Status::Success
    })
}
