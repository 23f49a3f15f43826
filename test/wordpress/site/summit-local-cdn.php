<?php
/**
 * Plugin Name: summit-timeline tests: the local "CDN"
 * Description: Lets oEmbed discovery reach the test's kit host, which is on a
 * loopback address and an ephemeral port. Stock WordPress refuses both
 * (wp_http_validate_url: private addresses, and ports other than 80, 443 and
 * 8080), as a newsroom staging on an internal host finds; a public CDN needs
 * none of this. Its certificate is the test's own, trusted for that host only.
 * Nothing else in WordPress changes.
 */
$summit_cdn_host = getenv('SUMMIT_WP_CDN_HOST');
$summit_cdn_port = (int) getenv('SUMMIT_WP_CDN_PORT');

add_filter('http_request_host_is_external', function ($external, $host) use ($summit_cdn_host) {
	return $external || $host === $summit_cdn_host;
}, 10, 2);

add_filter('http_allowed_safe_ports', function ($ports, $host) use ($summit_cdn_host, $summit_cdn_port) {
	return $host === $summit_cdn_host ? array_merge($ports, [$summit_cdn_port]) : $ports;
}, 10, 2);

add_filter('http_request_args', function ($args, $url) use ($summit_cdn_host) {
	if (parse_url($url, PHP_URL_HOST) === $summit_cdn_host) {
		$args['sslcertificates'] = getenv('SUMMIT_WP_CDN_CERT');
	}
	return $args;
}, 10, 2);
