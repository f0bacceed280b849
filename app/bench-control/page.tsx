import { notFound } from 'next/navigation';
import { BenchControlForm } from '@/components/bench/BenchControlForm';
import { readEnv } from '@/lib/env';

export const dynamic = 'force-dynamic';

/** Exists only while the bench runs (BENCH_CONTROL=1): the page of the minimal control action. */
export default function BenchControlPage() {
  if (!readEnv().BENCH_CONTROL) notFound();
  return <BenchControlForm />;
}
