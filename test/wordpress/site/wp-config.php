<?php
// The test site's configuration, in place of Debian's wp-config.php (which reads
// /etc/wordpress): everything comes from the environment test/wordpress/site.ts
// starts PHP with, so the site touches nothing outside its own temporary folder.
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
// The test's own mariadbd, on a socket of its own (no network, no system service).
define('DB_HOST', 'localhost:' . getenv('SUMMIT_WP_DB_SOCKET'));
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
foreach (['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'] as $name) {
	define($name, 'summit-timeline test site ' . $name);
}
define('WP_HOME', getenv('SUMMIT_WP_URL'));
define('WP_SITEURL', getenv('SUMMIT_WP_URL'));
// The tests send no traffic beyond loopback: WordPress may fetch only from
// itself and the test's "CDN" (oEmbed discovery), never api.wordpress.org.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_ACCESSIBLE_HOSTS', getenv('SUMMIT_WP_CDN_HOST'));
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
// "local" lets application passwords work over plain HTTP on 127.0.0.1, as
// WordPress documents for development sites; the REST API is otherwise unchanged.
define('WP_ENVIRONMENT_TYPE', 'local');
// Notices go to a log the test prints when it fails, never into the pages.
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', getenv('SUMMIT_WP_LOG'));
$table_prefix = 'wp_';
if (!defined('ABSPATH')) {
	define('ABSPATH', __DIR__ . '/');
}
require_once ABSPATH . 'wp-settings.php';
