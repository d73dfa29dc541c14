//! Discovery over hand-made trees: depth, accept, record order, symlinks, dedup, missing and
//! unreadable folders.

use super::*;
use crate::testing::TempDir;

fn names(files: &[DiscoveredFile], base: &Path) -> Vec<String> {
    files
        .iter()
        .map(|f| {
            f.path
                .strip_prefix(base)
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect()
}

fn all(_: &Path) -> bool {
    true
}

#[test]
fn finds_files_at_any_depth_in_record_order() {
    let dir = TempDir::new();
    for path in [
        "b/x.jsonl",
        "a/z.jsonl",
        "a-b.jsonl",
        "a/b/c/d.jsonl",
        "A.jsonl",
        "a/y.txt",
        "\u{e9}.jsonl",
    ] {
        dir.write(&format!("root/{}", path), b"{}");
    }
    let root = dir.path().join("root");

    let files = find(&[&root], usize::MAX, name_ends_with(".jsonl")).unwrap();

    // '-' (0x2D) sorts before '/' (0x2F); upper case before lower case; non-ASCII last.
    assert_eq!(
        names(&files, &root),
        [
            "A.jsonl",
            "a-b.jsonl",
            "a/b/c/d.jsonl",
            "a/z.jsonl",
            "b/x.jsonl",
            "\u{e9}.jsonl"
        ]
    );
    assert!(files.iter().all(|f| f.size == 2));
}

#[test]
fn accept_sees_the_path_relative_to_its_root() {
    let dir = TempDir::new();
    dir.write("tmp/p1/chats/session-1.json", b"{}");
    dir.write("tmp/p1/other/session-2.json", b"{}");
    dir.write("tmp/session-3.json", b"{}");
    let root = dir.path().join("tmp");
    let is_chat = |relative: &Path| {
        let parts: Vec<_> = relative.iter().collect();
        parts.len() == 3 && parts[1] == "chats"
    };

    let files = find(&[&root], 3, is_chat).unwrap();

    assert_eq!(names(&files, &root), ["p1/chats/session-1.json"]);
}

#[test]
fn max_depth_counts_a_direct_child_as_level_one() {
    let dir = TempDir::new();
    dir.write("root/one.csv", b"");
    dir.write("root/sub/two.csv", b"");
    dir.write("root/sub/deeper/three.csv", b"");
    let root = dir.path().join("root");

    let depth = |max| names(&find(&[&root], max, all).unwrap(), &root);

    assert!(depth(0).is_empty());
    assert_eq!(depth(1), ["one.csv"]);
    assert_eq!(depth(2), ["one.csv", "sub/two.csv"]);
    assert_eq!(depth(3), ["one.csv", "sub/deeper/three.csv", "sub/two.csv"]);
}

#[test]
fn missing_roots_and_file_roots_are_empty() {
    let dir = TempDir::new();
    let file = dir.write("file.jsonl", b"{}");
    let roots = [dir.path().join("missing"), file];

    assert!(find(&roots, usize::MAX, all).unwrap().is_empty());
}

#[test]
fn a_file_reached_through_two_roots_is_read_once() {
    let dir = TempDir::new();
    dir.write("root/sub/x.jsonl", b"{}");
    let root = dir.path().join("root");

    let files = find(&[root.join("sub"), root.clone()], usize::MAX, all).unwrap();

    assert_eq!(names(&files, &root), ["sub/x.jsonl"]);
}

#[test]
fn without_sizes_the_same_files_are_found_in_the_same_order() {
    let dir = TempDir::new();
    for path in [
        "b/x.json",
        "a/z.json",
        "a-b.json",
        "a/b/c/d.json",
        "a/y.txt",
    ] {
        dir.write(&format!("root/{}", path), b"{}");
    }
    let root = dir.path().join("root");
    let with_sizes = find(&[&root], usize::MAX, name_ends_with(".json")).unwrap();

    let without = find_with(
        &[&root],
        usize::MAX,
        name_ends_with(".json"),
        Sizes::Skipped,
    )
    .unwrap();

    assert_eq!(names(&without, &root), names(&with_sizes, &root));
    assert!(with_sizes.iter().all(|f| f.size == 2));
    assert!(without.iter().all(|f| f.size == 0));
}

#[cfg(unix)]
mod symlinks {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn a_root_that_is_a_symlink_is_followed_and_read_by_its_real_path() {
        let dir = TempDir::new();
        dir.write("real/x.jsonl", b"{}");
        symlink(dir.path().join("real"), dir.path().join("link")).unwrap();

        let files = find(&[dir.path().join("link")], usize::MAX, all).unwrap();

        assert_eq!(files.len(), 1);
        assert_eq!(files[0].path, dir.path().join("real/x.jsonl"));
    }

    #[test]
    fn below_a_root_linked_files_are_read_and_linked_folders_are_not() {
        let dir = TempDir::new();
        dir.write("outside/target.jsonl", b"12345");
        dir.write("outside/folder/inner.jsonl", b"{}");
        dir.write("root/plain.jsonl", b"{}");
        let root = dir.path().join("root");
        symlink(
            dir.path().join("outside/target.jsonl"),
            root.join("linked.jsonl"),
        )
        .unwrap();
        symlink(dir.path().join("outside/folder"), root.join("folder")).unwrap();
        symlink(dir.path().join("nowhere"), root.join("broken.jsonl")).unwrap();
        symlink(&root, root.join("loop")).unwrap();

        let files = find(&[&root], usize::MAX, all).unwrap();

        assert_eq!(names(&files, &root), ["linked.jsonl", "plain.jsonl"]);
        assert_eq!(files[0].size, 5, "the size of the file the link points to");
    }

    #[test]
    fn without_sizes_links_are_still_resolved_and_only_regular_files_found() {
        let dir = TempDir::new();
        dir.write("outside/target.jsonl", b"12345");
        dir.write("outside/folder/inner.jsonl", b"{}");
        dir.write("root/plain.jsonl", b"{}");
        let root = dir.path().join("root");
        symlink(
            dir.path().join("outside/target.jsonl"),
            root.join("linked.jsonl"),
        )
        .unwrap();
        symlink(dir.path().join("outside/folder"), root.join("folder.jsonl")).unwrap();
        symlink(dir.path().join("nowhere"), root.join("broken.jsonl")).unwrap();
        // A socket is neither a file nor a folder.
        let _socket = std::os::unix::net::UnixListener::bind(root.join("socket.jsonl")).unwrap();

        let files = find_with(&[&root], usize::MAX, all, Sizes::Skipped).unwrap();

        assert_eq!(names(&files, &root), ["linked.jsonl", "plain.jsonl"]);
        let sizes: Vec<u64> = files.iter().map(|f| f.size).collect();
        assert_eq!(
            sizes,
            [5, 0],
            "a link is still resolved, so its size is known"
        );
    }

    #[test]
    fn a_linked_copy_in_the_same_root_is_read_once() {
        let dir = TempDir::new();
        dir.write("root/real.jsonl", b"{}");
        let root = dir.path().join("root");
        symlink(root.join("real.jsonl"), root.join("alias.jsonl")).unwrap();

        for sizes in [Sizes::Read, Sizes::Skipped] {
            let files = find_with(&[&root], usize::MAX, all, sizes).unwrap();

            assert_eq!(names(&files, &root), ["alias.jsonl"], "{:?}", sizes);
        }
    }

    #[test]
    fn a_linked_copy_keeps_the_first_path_in_record_order() {
        let dir = TempDir::new();
        dir.write("b/real.jsonl", b"{}");
        fs::create_dir_all(dir.path().join("a")).unwrap();
        symlink(
            dir.path().join("b/real.jsonl"),
            dir.path().join("a/alias.jsonl"),
        )
        .unwrap();
        let roots = [dir.path().join("b"), dir.path().join("a")];

        let files = find(&roots, usize::MAX, all).unwrap();

        assert_eq!(names(&files, dir.path()), ["a/alias.jsonl"]);
    }

    #[test]
    fn unreadable_subfolders_are_skipped() {
        use std::os::unix::fs::PermissionsExt;
        let dir = TempDir::new();
        dir.write("root/ok.jsonl", b"{}");
        dir.write("root/locked/hidden.jsonl", b"{}");
        let root = dir.path().join("root");
        let locked = root.join("locked");
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
        // Root reads any folder: then the lock cannot be observed and only the rest is checked.
        let observable = fs::read_dir(&locked).is_err();

        let result = find(&[&root], usize::MAX, all);
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).unwrap();

        let found = names(&result.unwrap(), &root);
        if observable {
            assert_eq!(found, ["ok.jsonl"]);
        } else {
            assert_eq!(found, ["locked/hidden.jsonl", "ok.jsonl"]);
        }
    }
}
