// create-next-app's layout without next/font/google, which fetches fonts at build time.
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'summit-timeline in Next' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
