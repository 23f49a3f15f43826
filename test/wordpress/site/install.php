<?php
// Installs the test site, as WordPress's own installer does (there is no wp-cli
// in Debian): the site, the Twenty Twenty-Three theme, pretty permalinks, and one
// user for each role the embed paths differ by, each with an application
// password for the REST API. Prints the users as JSON.
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = parse_url(getenv('SUMMIT_WP_URL'), PHP_URL_HOST) . ':' . parse_url(getenv('SUMMIT_WP_URL'), PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
require getenv('SUMMIT_WP_ROOT') . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/user.php';

$password = 'summit-test-password';
// Quietly: the installer mails the administrator, and the machine has no mailer.
add_filter('pre_wp_mail', '__return_false');
wp_install('Summit Test News', 'administrator', 'administrator@example.test', false, '', $password);
update_option('permalink_structure', '/%postname%/');
switch_theme('twentytwentythree');

$users = [];
foreach (['author', 'editor', 'administrator'] as $role) {
	$id = username_exists($role);
	if (!$id) {
		$id = wp_insert_user(['user_login' => $role, 'user_pass' => $password, 'user_email' => "$role@example.test", 'role' => $role, 'display_name' => ucfirst($role)]);
	}
	if (is_wp_error($id)) {
		fwrite(STDERR, $id->get_error_message());
		exit(1);
	}
	// The welcome guide would cover the block editor on first use; a real editor closes it once.
	update_user_meta($id, 'wp_persisted_preferences', ['core/edit-post' => ['welcomeGuide' => false], '_modified' => gmdate('c')]);
	[$application] = WP_Application_Passwords::create_new_application_password($id, ['name' => 'summit-timeline tests']);
	$users[$role] = ['id' => $id, 'login' => $role, 'password' => $password, 'application' => $application, 'unfiltered_html' => user_can($id, 'unfiltered_html')];
}
echo json_encode(['users' => $users, 'version' => get_bloginfo('version'), 'theme' => wp_get_theme()->get('Name')]);
