// Two places where happy-dom (21) differs from browsers in what DOMPurify relies on, so that
// under happy-dom DOMPurify would hand back content unsanitized or empty; mended here, tests see
// the sanitizer as browsers run it:
// - its NodeIterator is a TreeWalker: when the node it stands on is removed it stops, where a
//   browser's (live, per the DOM standard) carries on from the node before. DOMPurify removes
//   nodes as it walks. This iterator follows the standard for what DOMPurify does (it removes
//   only the node it stands on).
// - Node.prototype's nodeName getter answers '' and subclasses override it; DOMPurify calls
//   Node.prototype's getter on every node, as the standard defines it there.

function following(node: Node, root: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) {
    if (at.nextSibling) return at.nextSibling;
  }
  return null;
}

function preceding(node: Node, root: Node): Node | null {
  if (node === root) return null;
  let at = node.previousSibling;
  if (!at) return node.parentNode;
  while (at.lastChild) at = at.lastChild;
  return at;
}

class LiveNodeIterator {
  private reference: Node;
  private predecessor: Node | null = null;
  private beforeReference = true;

  constructor(
    readonly root: Node,
    readonly whatToShow: number,
  ) {
    this.reference = root;
  }

  nextNode(): Node | null {
    let node = this.reference;
    let before = this.beforeReference;
    if (!this.root.contains(node)) {
      // Removed since it was returned: the standard moves the reference to the node before it.
      if (!this.predecessor) return null;
      node = this.predecessor;
      before = false;
    }
    for (;;) {
      if (before) before = false;
      else {
        const next = following(node, this.root);
        if (!next) return null;
        node = next;
      }
      if (this.whatToShow & (1 << (node.nodeType - 1))) break;
    }
    this.reference = node;
    this.beforeReference = false;
    this.predecessor = preceding(node, this.root);
    return node;
  }
}

/** Call before anything creates a DOMPurify instance (it keeps the functions it found). */
export function mendHappyDomForDomPurify(): void {
  mendNodeName();
  installLiveNodeIterator();
}

function mendNodeName(): void {
  const nodeProto = window.Node.prototype;
  const own = Object.getOwnPropertyDescriptor(nodeProto, 'nodeName');
  if (!own?.get) throw new Error('This DOM has no nodeName getter on Node.prototype.');
  const base = own.get;
  Object.defineProperty(nodeProto, 'nodeName', {
    configurable: true,
    get(this: Node): string {
      for (let p = Object.getPrototypeOf(this) as object | null; p && p !== nodeProto;) {
        const getter = Object.getOwnPropertyDescriptor(p, 'nodeName')?.get;
        if (getter) return getter.call(this) as string;
        p = Object.getPrototypeOf(p) as object | null;
      }
      return base.call(this) as string;
    },
  });
}

function installLiveNodeIterator(): void {
  // Patched where happy-dom defines it: its window's Document is not the global one.
  let owner: object | null = document;
  while (owner && !Object.prototype.hasOwnProperty.call(owner, 'createNodeIterator')) {
    owner = Object.getPrototypeOf(owner) as object | null;
  }
  if (!owner) throw new Error('This DOM has no createNodeIterator to replace.');
  Object.defineProperty(owner, 'createNodeIterator', {
    configurable: true,
    writable: true,
    value: (root: Node, whatToShow = 0xffffffff) =>
      new LiveNodeIterator(root, whatToShow) as unknown as NodeIterator,
  });
}
