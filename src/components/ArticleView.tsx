export function ArticleView() {
  return null;
}
