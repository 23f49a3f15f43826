import { createApp } from 'vue';
import 'summit-timeline';
import App from './App.vue';

createApp(App).mount('#app');
