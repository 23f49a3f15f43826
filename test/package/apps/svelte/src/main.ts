import { mount } from 'svelte';
import 'summit-timeline';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
