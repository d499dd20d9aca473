import { mount } from 'svelte';
import App from './App.svelte';
import { pickBackend } from './lib/backend';

const target = document.getElementById('app');
if (target) {
  void pickBackend().then((backend) => mount(App, { target, props: { backend } }));
}
