import Link from 'next/link';
import en from '@/messages/en.json';
import zh from '@/messages/zh-CN.json';
import './globals.css';

// Reached only for paths outside any language (the proxy sends everything else
// to one), so it speaks both.
export default function GlobalNotFound() {
  return (
    <html lang="zh-CN">
      <body className="p-8">
        <h1 className="text-2xl font-bold">{zh.notFound.title}</h1>
        <p lang="en">{en.notFound.title}</p>
        <Link className="underline" href="/">
          {zh.notFound.home} · <span lang="en">{en.notFound.home}</span>
        </Link>
      </body>
    </html>
  );
}
