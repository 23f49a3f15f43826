<?php
// Loads the parts of WordPress (Debian's `wordpress` package, unpacked by
// scripts/test-setup.mjs into WP_DIR) that filter what an author pastes, with
// no database: the code that runs is WordPress's own.
define('ABSPATH', rtrim(getenv('WP_DIR'), '/') . '/');
define('WPINC', 'wp-includes');
require ABSPATH . WPINC . '/version.php';
require ABSPATH . WPINC . '/load.php';
require ABSPATH . WPINC . '/plugin.php';
require ABSPATH . WPINC . '/functions.php';
require ABSPATH . WPINC . '/formatting.php';
require ABSPATH . WPINC . '/kses.php';
