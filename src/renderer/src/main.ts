import { createApp } from 'vue'
import App from './App.vue'
import { getBridge } from './bridge'
import { BridgeKey } from './composables/useBridge'
import './styles/app.css'

createApp(App).provide(BridgeKey, getBridge()).mount('#app')
