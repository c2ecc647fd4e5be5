/**
 * Task verbs beyond English that open an exercise the way "Write…", "Find…", "Create…" do:
 * "Написать функцию…", "Найти не повторяющиеся числа", "Crea una función…", "Finde alle…".
 * Exercise sheets state tasks in the infinitive or imperative, with no question mark, so
 * these count as asking (see `asksInOtherLanguage`). Words spelled as English imperatives are
 * left to the English rule; each must be followed by a space or end the text.
 */
export const TASK_VERBS: readonly string[] = [
  // Russian: infinitive (the usual mood of a task list) and polite imperative
  'написать',
  'найти',
  'найдите',
  'сделать',
  'сделайте',
  'реализовать',
  'создать',
  'создайте',
  'вычислить',
  'вычислите',
  'посчитать',
  'подсчитать',
  'определить',
  'определите',
  'преобразовать',
  'отсортировать',
  'вывести',
  'выведите',
  'объяснить',
  'описать',
  'сравнить',
  'дан',
  'дана',
  'дано',
  'даны',
  // Ukrainian
  'написати',
  'знайти',
  'знайдіть',
  'зробити',
  'реалізувати',
  'реалізуйте',
  'створити',
  'створіть',
  'обчисліть',
  // Spanish
  'crea',
  'cree',
  'calcula',
  'calcule',
  'encuentra',
  'encuentre',
  'desarrolla',
  'desarrolle',
  'construye',
  'realiza',
  'realice',
  'haz',
  'dado',
  'dada',
  // Portuguese
  'crie',
  'encontre',
  'faça',
  'desenvolva',
  'construa',
  'implementar',
  // French
  'implémentez',
  'implémenter',
  'créez',
  'crée',
  'calculez',
  'trouvez',
  'écrire',
  'écris',
  // German
  'implementiere',
  'implementieren sie',
  'erstelle',
  'erstellen sie',
  'berechne',
  'berechnen sie',
  'finde',
  'finden sie',
  'schreiben sie',
  'entwickle',
  // Italian
  'calcola',
  'trova',
  'scrivere',
  'realizza',
  // Polish
  'zaimplementuj',
  'stwórz',
  'utwórz',
  'oblicz',
  'znajdź',
  // Turkish
  'yazınız',
  'oluşturun',
  'bulun',
  'hesaplayın',
  // Vietnamese
  'viết',
  'hãy viết',
  'giải thích',
  'tạo',
  'hãy tạo',
  'so sánh',
  'cài đặt',
  // Indonesian
  'buatlah',
  'tuliskan',
  'hitunglah'
]

/** Chinese task openers, matched at the start of a line with no space after them. */
export const CJK_TASK_VERBS: readonly string[] = [
  '计算',
  '計算',
  '找出',
  '编程',
  '編程',
  '创建',
  '建立',
  '判断',
  '判斷'
]
