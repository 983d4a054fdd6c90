// Preloaded into a CLI run by bench/run.js (`node --require bench/thread-times.cjs …`):
// at exit, writes the CPU time of the main thread and of all the others
// (V8's compiler and collector threads, libuv's pool, worker threads still
// running), read from /proc on Linux, as one line on stderr.
const {readdirSync, readFileSync, writeSync} = require('node:fs')

process.on('exit', () => {
  let main = 0
  let others = 0
  try {
    for (const thread of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${thread}/stat`, 'utf8')
      // Fields after the command name in parentheses: utime and stime are the 14th and 15th, in clock ticks (10 ms here).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const ms = (Number(fields[11]) + Number(fields[12])) * 10
      if (Number(thread) === process.pid) main += ms
      else others += ms
    }
  } catch {
    return
  }
  writeSync(2, `\nTHREADS ${JSON.stringify({main, others})}\n`)
})
