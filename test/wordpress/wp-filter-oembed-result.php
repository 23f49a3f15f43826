<?php
// What WordPress keeps of an oEmbed response from a site it does not know
// (found by discovery from a URL pasted on its own line): the response's JSON on
// standard input, wp_filter_oembed_result's HTML out ("FALSE" when it keeps nothing).
require __DIR__ . '/wordpress.php';
// The site the post lives on, which a database would name.
function home_url($path = '') { return 'https://news.example' . $path; }
require ABSPATH . WPINC . '/class-wp-oembed.php';
require ABSPATH . WPINC . '/embed.php';
require ABSPATH . WPINC . '/pluggable.php';
$data = json_decode(stream_get_contents(STDIN));
$url = getenv('WP_EMBED_URL') ?: 'https://cdn.example/graphics/timeline/';
$result = wp_filter_oembed_result($data->html, $data, $url);
echo $result === false ? 'FALSE' : $result;
