//! The reference znodes' times. zdb prints them to the second only, so the nanoseconds were
//! read once from each bonus (`ZFS_TIME_ENCODE`: seconds, then nanoseconds); the seconds are
//! checked against zdb's dates here.
use super::fixtures::Reference;

/// object, then atime, mtime, ctime and crtime as seconds.nanoseconds.
const TIMES: &str = "
2    1795636935.394270437 1795636867.427149288 1795636932.658270356 1795636932.642270356
3    1795636935.394270437 1700000000.000000000 1795636932.658270356 1795636932.646270356
4    1795636935.022270426 1795636867.435149288 1795636932.670270357 1795636932.658270356
5    1795636932.658270356 1795636867.435149288 1795636932.662270356 1795636932.658270356
6    1795636932.662270356 1795636867.431149288 1795636932.670270357 1795636932.662270356
7    1795636935.046270427 1795636867.683149295 1795636932.698270358 1795636932.670270357
8    1795636935.362270436 1795636867.687149296 1795636932.710270358 1795636932.706270358
34   1795636935.022270426 1795636867.687149296 1795636934.738270418 1795636932.506270352
3016 1795636935.366270436 1795636919.279150818 1795636934.738270418 1795636934.718270417
3017 1795636935.366270436 1795636919.279150818 1795636934.722270417 1795636934.718270417
3018 1795636935.366270436 1795636919.271607883 1795636934.730270417 1795636934.722270417
";

/// atime, mtime, ctime and crtime of `object` as (seconds, nanoseconds).
pub fn reference_times(object: u64) -> [(u64, u64); 4] {
    let row = TIMES
        .lines()
        .map(str::split_whitespace)
        .find_map(|mut words| (words.next()?.parse::<u64>().ok()? == object).then_some(words));
    let row = row.unwrap_or_else(|| panic!("no times for object {object}"));
    let time = |t: &str| {
        let (sec, nsec) = t.split_once('.').expect("sec.nsec");
        (sec.parse().expect("sec"), nsec.parse().expect("nsec"))
    };
    row.map(time)
        .collect::<Vec<_>>()
        .try_into()
        .expect("four times")
}

/// Seconds since the epoch of a zdb date, "Wed Nov 25 20:02:15 2026" (UTC, as zdb ran).
fn zdb_seconds(date: &str) -> u64 {
    let w: Vec<&str> = date.split_whitespace().collect();
    let months = "JanFebMarAprMayJunJulAugSepOctNovDec";
    let month = months.find(w[1]).expect("month") as i64 / 3 + 1;
    let (day, year): (i64, i64) = (w[2].parse().unwrap(), w[4].parse().unwrap());
    let hms: Vec<i64> = w[3].split(':').map(|n| n.parse().unwrap()).collect();
    let days = days_from_civil(year, month, day);
    u64::try_from(days * 86_400 + hms[0] * 3600 + hms[1] * 60 + hms[2]).expect("after 1970")
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let (era, yoe) = (y.div_euclid(400), y.rem_euclid(400));
    let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
    era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
}

#[test]
fn times_agree_with_zdb_to_the_second() {
    for object in [2, 3, 4, 5, 6, 7, 8, 34, 3016, 3017, 3018] {
        let r = Reference::load(object);
        let names = ["atime", "mtime", "ctime", "crtime"];
        for (name, (sec, _)) in names.into_iter().zip(reference_times(object)) {
            assert_eq!(zdb_seconds(r.field(name)), sec, "object {object} {name}");
        }
    }
}
