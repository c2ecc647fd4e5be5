// Placeholder entry: the search engine worker is built in issue 3.
export {}
