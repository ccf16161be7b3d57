'use client';
// E-mail + password sign-in. Plain inputs with autocomplete hints, so password managers
// fill them and pasting works; errors are announced to screen readers.
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';
import { Button } from '@/components/ui/button';

const BAD_CREDENTIALS = 'Email hoặc mật khẩu không đúng, hoặc tài khoản đã bị khóa.';

export function SignInForm({ next }: { next: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // false in the server HTML and until hydration: the button stays disabled, so pressing
  // Enter before the script runs cannot submit the form natively (which would put the
  // password in the address as a GET query).
  const hydrated = useHydrated();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn('credentials', { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? ''), redirect: false });
      if (result?.ok && !result.error) {
        // A full page load, not a client navigation: the newsroom's pages carry their own
        // security policy (uploads and pasted images are previewed from blob:/data:), and a
        // policy belongs to the document — the sign-in page's would otherwise stay in force.
        window.location.assign(next);
        return;
      }
      // A refusal written by the server (rate limit) is shown as is; anything else is the one generic message.
      setError(result?.error && result.error !== 'CredentialsSignin' && /[À-ỹ]/.test(result.error) ? result.error : BAD_CREDENTIALS);
    } catch {
      setError('Không kết nối được máy chủ. Hãy thử lại.');
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} method="post" className="space-y-4" noValidate>
      <div>
        <label htmlFor="email" className="block text-sm font-semibold">
          Email
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required className="mt-1 w-full rounded border border-stone-300 px-3 py-2" />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-semibold">
          Mật khẩu
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="mt-1 w-full rounded border border-stone-300 px-3 py-2" />
      </div>
      <p role="alert" aria-live="assertive" className="min-h-6 text-sm font-semibold text-brand-700">
        {error}
      </p>
      <Button type="submit" disabled={pending || !hydrated} block>
        {pending ? 'Đang đăng nhập…' : 'Đăng nhập'}
      </Button>
    </form>
  );
}
