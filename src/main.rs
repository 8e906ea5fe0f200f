fn main() {
    std::process::exit(autorun::run(std::env::args_os().collect()));
}
