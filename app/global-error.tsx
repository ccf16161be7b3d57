'use client';

// Shown when even the root layout fails; it must bring its own <html> and <body>.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="vi">
      <body style={{ fontFamily: 'system-ui, sans-serif', textAlign: 'center', padding: '6rem 1rem', color: '#1c1917' }}>
        <h1 style={{ fontSize: '1.5rem' }}>Bảng Vàng tạm thời gián đoạn</h1>
        <p>Xin lỗi bạn đọc, trang chưa hiển thị được. Vui lòng thử lại sau ít phút.</p>
        <button type="button" onClick={reset} style={{ marginTop: '1.5rem', padding: '0.5rem 1.25rem', background: '#8b0b20', color: '#fff', border: 0, borderRadius: 999 }}>
          Thử lại
        </button>
      </body>
    </html>
  );
}
