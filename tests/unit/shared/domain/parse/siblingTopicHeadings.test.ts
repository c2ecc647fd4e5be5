/**
 * Noun-phrase headings among mostly asking siblings (`siblingTopicHeadings`): each over its own
 * explanation is an item, that explanation (lists, colons, short lines) its answer; a heading
 * over questions of its own, over a list of topic phrases, or a preface stays a section.
 */

import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'

const crlf = (lines: string[]) => lines.join('\r\n')

const notes = crlf([
  '## 前言',
  '整理了一些常见的面试题，答案仅供参考，欢迎指正。',
  '',
  '## 什么是事件委托？',
  '利用事件冒泡，把子元素的事件交给父元素处理。',
  '',
  '## 浏览器缓存',
  '强缓存：',
  '1. Expires',
  '2. Cache-Control',
  '协商缓存：',
  '1. Last-Modified',
  '2. ETag，优先级比Last-Modified高。',
  '',
  '## 如何实现深拷贝？',
  '递归复制每一层属性，注意循环引用。',
  '',
  '## Promise 的状态有哪些？',
  'pending、fulfilled、rejected 三种，状态一旦改变就不会再变。',
  '',
  '## 垃圾回收',
  '1. 标记清除：从根出发标记可达对象，清除其余的对象。',
  '2. 引用计数：记录每个值被引用的次数，为零时回收。',
  '',
  '## 参考资料',
  '[MDN](https://developer.mozilla.org)'
])

describe('topic headings among question headings', () => {
  it('takes each noun-phrase heading with its explanation as an item', () => {
    const items = parseDocument(notes, 'notes.md')
    expect(items.map((i) => i.prompt)).toEqual([
      '什么是事件委托？',
      '浏览器缓存',
      '如何实现深拷贝？',
      'Promise 的状态有哪些？',
      '垃圾回收'
    ])
    const cache = items[1]!
    expect(cache.answer).toContain('强缓存')
    expect(cache.answer).toContain('ETag')
    expect(items[4]!.answer).toContain('引用计数')
  })

  it('leaves a heading over questions of its own, or over a list of topics, a section', () => {
    const doc = [
      '## What is a closure?',
      'A function with the variables it closes over.',
      '## What is hoisting?',
      'Declarations move to the top of their scope.',
      '## Why use strict mode?',
      'It turns silent mistakes into errors.',
      '## Browser questions',
      '- What is the event loop?',
      '- How does the browser paint a page?',
      '## Further topics',
      '- Web workers',
      '- Service workers'
    ].join('\n')
    const prompts = parseDocument(doc, 'js.md').map((i) => i.prompt)
    expect(prompts).not.toContain('Browser questions')
    expect(prompts).not.toContain('Further topics')
    expect(prompts).toContain('What is the event loop?')
  })
})
