fn main() {
    let args: Vec<String> = std::env::args().collect();
    let text = std::fs::read_to_string(&args[1]).unwrap();
    let tl = conflict_timeline::Extractor::new()
        .extract(
            &text,
            args[2].parse::<conflict_timeline::Published>().unwrap(),
        )
        .unwrap();
    for e in &tl.events {
        println!(
            "{} {:?} {:?} {:?} act={:?} k={:?} i={:?} w={:?}\n     {:?}",
            e.kind,
            e.modality,
            e.date.as_ref().map(|d| &d.value),
            e.locations.iter().map(|l| &l.name).collect::<Vec<_>>(),
            e.actors.iter().map(|a| &a.name).collect::<Vec<_>>(),
            e.casualties.killed.map(|c| c.to_string()),
            e.casualties.injured.map(|c| c.to_string()),
            e.weapons
                .iter()
                .map(|w| format!("{}:{:?}", w.kind, w.count.map(|c| c.to_string())))
                .collect::<Vec<_>>(),
            e.mentions
                .iter()
                .map(|m| m
                    .slice(&text)
                    .unwrap_or("")
                    .chars()
                    .take(80)
                    .collect::<String>())
                .collect::<Vec<_>>()
        );
    }
}
