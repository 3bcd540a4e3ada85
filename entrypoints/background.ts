export default defineBackground(() => {
  // wired in lib/ (store, messages)
});
