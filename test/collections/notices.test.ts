import { describe, expect, it } from 'vitest'
import { readCollection } from '../../src/collections/index.js'
import fc from 'fast-check'
import { countLetters, detectLanguage } from '../../src/collections/language.js'
import { unicodeText } from '../hardening/arbitraries.js'

const read = (text: string, options = {}) => readCollection(text, { path: 'macros.json', ...options })
const macro = (actions: unknown[]) => JSON.stringify({ macros: [{ title: 'T', actions }] })

describe('notices: internal notes', () => {
  it.each([
    [false, 'internal-note'],
    ['false', 'internal-note'],
    [true, undefined],
  ])('Zendesk comment_mode_is_public %j → %s', async (value, notice) => {
    const { replies } = await read(macro([{ field: 'comment_mode_is_public', value }, { field: 'comment_value', value: 'Thanks for waiting, I have refunded it.' }]))
    expect(replies[0].notice).toBe(notice)
  })

  it('an item flagged public: false is an internal note', async () => {
    const { replies } = await read('[{"title": "Note", "body": "Check the logs first.", "public": false}]')
    expect(replies[0].notice).toBe('internal-note')
  })
})

describe('notices: bodies that are only an indirection', () => {
  it.each([
    ['{{dc.refund_text}}', '{{dc.refund_text}}'],
    ['  {{dc.greeting}}\n\n{{dc.refund_text}}  ', '{{dc.greeting}}'],
    ['[[SCRIPT=Template|refund]]', '[[SCRIPT=Template|refund]]'],
    ['%{ticket.dept.signature}', '%{ticket.dept.signature}'],
  ])('%j is not lintable', async (body, shown) => {
    const { replies } = await read(JSON.stringify({ T: body }))
    expect(replies[0].notice).toBe('not-lintable')
    expect(replies[0].detail).toBe(`the body is only ${shown}, defined elsewhere`)
  })

  it('an empty body is not lintable', async () => {
    const { replies } = await read('{"T": "   "}')
    expect([replies[0].notice, replies[0].detail]).toEqual(['not-lintable', 'the body is empty'])
  })

  it('a placeholder with words around it is lintable', async () => {
    const { replies } = await read(JSON.stringify({ T: 'Hi {{ticket.requester.first_name}}, {{dc.refund_text}}' }))
    expect(replies[0].notice).toBeUndefined()
  })
})

describe('language', () => {
  it.each([
    ['Здравствуйте! Спасибо за обращение в службу поддержки. Ваш перевод будет зачислен завтра.'],
    ['您好，感谢您报告打印机的问题。我们已经重新启动了打印服务器。'],
    ['Bonjour, merci pour votre message. Nous avons remboursé votre commande et vous recevrez le montant sous cinq jours.'],
    ['Hallo, danke für Ihre Nachricht. Wir haben die Bestellung storniert und das Geld ist auf dem Weg zu Ihnen.'],
    ['Terima kasih telah menghubungi kami. Pesanan Anda sudah dikirim kemarin dan akan tiba dalam tiga hari kerja.'],
  ])('%s is not English', (text) => {
    expect(detectLanguage(text).english).toBe(false)
  })

  it.each([
    ['Thanks for the report! I have refunded the order and it will reach your card within five days.'],
    ['Closing.'],
    ['Available countries:\n\n• Andorra\n• Australia\n• Austria\n• Belgium\n• Brazil\n• Bulgaria\n• Canada\n• Chile'],
    ['Please send:\n\n· International passport;\n· National ID card;\n· Full driving license (non-provisional type).'],
    ['Hi {{ticket.requester.first_name}},\n\nRun this:\n\n```\nsudo systemctl restart nginx && journalctl -u nginx --since today\n```\n\nThen reply here.'],
  ])('%s stays English, with nothing excluded', (text) => {
    expect(detectLanguage(text)).toEqual({ english: true, excluded: [] })
  })

  it('excludes the foreign paragraphs of a bilingual body, greeting included', () => {
    const text = 'Hello,\n\nYour refund of 20 EUR was sent to your card this morning, thanks for waiting.\n\nHola,\n\nSu reembolso de 20 EUR fue enviado a su tarjeta esta mañana, gracias por esperar.\n'
    const verdict = detectLanguage(text)
    expect(verdict.english).toBe(true)
    expect(verdict.excluded.map((s) => text.slice(s.start, s.end))).toEqual(['Hola,\n\nSu reembolso de 20 EUR fue enviado a su tarjeta esta mañana, gracias por esperar.'])
  })

  it('can be switched off per read', async () => {
    const { replies } = await read(JSON.stringify({ T: 'Здравствуйте! Спасибо за обращение в службу поддержки.' }), { language: false })
    expect(replies[0].notice).toBeUndefined()
  })

  it('takes a stricter threshold from options', () => {
    const text = 'Invoice PDF export, CSV import, bank feeds, multi-currency ledgers, VAT returns and payroll summaries.'
    expect(detectLanguage(text).english).toBe(true)
    expect(detectLanguage(text, { threshold: 0.5 }).english).toBe(false)
  })
})

describe('countLetters', () => {
  // The plain way: one string per letter, one pattern test each.
  const plain = (text: string) => {
    const letters = text.match(/\p{L}/gu) ?? []
    return { letters: letters.length, latin: letters.filter((c) => /\p{Script=Latin}/u.test(c)).length }
  }

  it('counts letters and Latin letters as matching every code point would', () => {
    expect(countLetters('Hi Zoë, Привет 你好 𠀀 𝐀 ½ a\uD800b')).toEqual({ letters: 17, latin: 7 })
    expect(countLetters('Hi Zoë, Привет 你好 𠀀 𝐀 ½ a\uD800b')).toEqual(plain('Hi Zoë, Привет 你好 𠀀 𝐀 ½ a\uD800b'))
    fc.assert(
      fc.property(unicodeText, (text) => {
        expect(countLetters(text)).toEqual(plain(text))
      }),
      { numRuns: 2000 },
    )
  })
})
