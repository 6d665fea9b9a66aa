import { dataParam, layoutParam, resolveFolder } from './dataSource';

describe('?data= and ?layout= links', () => {
  it('reads the folder and the layout file name, ignoring blanks and anything but a plain .json name', () => {
    expect(dataParam('?data=bench-data/10k/')).toBe('bench-data/10k/');
    expect(dataParam('?data=%20')).toBeNull();
    expect(dataParam('')).toBeNull();
    expect(layoutParam('?layout=layout.json')).toBe('layout.json');
    expect(layoutParam('?layout=../secret.json')).toBeNull();
    expect(layoutParam('?layout=https://evil.example/x.json')).toBeNull();
  });

  it('resolves folders on this site and refuses other origins', () => {
    const base = 'http://127.0.0.1:4173/app/index.html?data=x';
    expect(resolveFolder('bench-data/10k', base).href).toBe('http://127.0.0.1:4173/app/bench-data/10k/');
    expect(() => resolveFolder('https://evil.example/data/', base)).toThrow(/expected a folder on this site/);
    expect(() => resolveFolder('//evil.example/data/', base)).toThrow(/expected a folder on this site/);
  });
});
