import { inject, type InjectionKey } from 'vue'
import type { Bridge } from '@shared/ipc'

export const BridgeKey: InjectionKey<Bridge> = Symbol('bridge')

export function useBridge(): Bridge {
  const bridge = inject(BridgeKey)
  if (!bridge) throw new Error('No bridge provided')
  return bridge
}
