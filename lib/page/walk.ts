// An iterative walk of a subtree in document order: pages nest elements thousands deep, and a
// recursive walk would overflow the stack there. DOM-standard only.

/** `open` sees every node on the way down and says whether to enter it; `close` sees every entered
 * node on the way up (after its children), the root included. */
export function walk(root: Node, open: (node: Node) => boolean, close: (node: Node) => void): void {
  let node: Node = root;
  let enter = open(root);
  for (;;) {
    if (enter && node.firstChild) {
      node = node.firstChild;
      enter = open(node);
      continue;
    }
    if (enter) close(node); // an entered node with no children
    // Climb until a next sibling exists, closing each node on the way; stop at the root.
    while (node !== root && !node.nextSibling) {
      node = node.parentNode as Node;
      close(node);
    }
    if (node === root) return;
    node = node.nextSibling as Node;
    enter = open(node);
  }
}
