/**
 * Well-known passwords: our own short list of values that show up at the top of every leaked
 * password dump, plus the sample values of Redis/Valkey config files and docs (`foobared`...).
 * A password found here is guessed within the first seconds of any dictionary attack, however
 * long it is. Kept small on purpose (about 200 entries, lower case); RCS102 also strips digits
 * and symbols around a value before looking it up.
 */
export const COMMON_PASSWORDS: readonly string[] = [
  // Digit runs and keyboard walks
  '0000', '1111', '1234', '12345', '123456', '1234567', '12345678', '123456789', '1234567890', '0123456789',
  '000000', '111111', '121212', '123123', '123321', '112233', '654321', '666666', '696969', '777777',
  '7777777', '888888', '88888888', '999999', '11111111', '987654321', '147258369', '159753', '123654',
  'qwerty', 'qwerty1', 'qwerty12', 'qwerty123', 'qwertyui', 'qwertyuiop', 'qwer1234', '1234qwer', 'qwe123',
  '123qwe', 'q1w2e3r4', 'q1w2e3r4t5', '1q2w3e', '1q2w3e4r', '1q2w3e4r5t', '1qaz2wsx', '1qazxsw2',
  'zaq12wsx', 'qazwsx', 'asdf', 'asdfgh', 'asdfghjkl', 'asdf1234', 'zxcvbn', 'zxcvbnm', 'azerty', 'qwertz',
  'aa123456', 'a123456', 'abc123', 'abc12345', 'abcd1234', 'abcdef', 'abcdefg', '123abc',
  // The classics
  'password', 'password1', 'password12', 'password123', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'p4ssw0rd',
  'pass', 'pass123', 'pass1234', 'passwd', 'passpass', 'secret', 'secret1', 'secret123', 's3cret', 's3cr3t',
  'topsecret', 'supersecret', 'verysecret', 'mysecret', 'letmein', 'letmein1', 'letmein123', 'welcome',
  'welcome1', 'welcome123', 'login', 'master', 'hello', 'hello123', 'helloworld', 'iloveyou', 'trustno1',
  'whatever', 'freedom', 'monkey', 'dragon', 'shadow', 'sunshine', 'princess', 'superman', 'batman',
  'football', 'baseball', 'soccer', 'starwars', 'pokemon', 'michael', 'jennifer', 'jordan', 'charlie',
  'hunter', 'hunter2', 'killer', 'ninja', 'mustang', 'access', 'flower', 'lovely', 'cheese', 'computer',
  'internet', 'summer', 'winter', 'spring', 'autumn',
  // Administrative defaults
  'admin', 'admin1', 'admin123', 'admin1234', 'adminadmin', 'administrator', 'root', 'rootroot', 'toor',
  'changeme', 'changeme123', 'changeit', 'default', 'guest', 'user', 'test', 'test1', 'test123', 'testing',
  'demo', 'temp', 'temp123', 'temppass', 'sample', 'example', 'qwerty!', 'system', 'manager', 'service',
  'operator', 'support', 'backup', 'server', 'database', 'oracle', 'postgres', 'mysql', 'mongo', 'mongodb',
  'elastic', 'rabbitmq', 'memcached',
  // Redis / Valkey samples, tutorials and container examples
  'redis', 'redis1', 'redis123', 'redis1234', 'redispass', 'redispassword', 'redis_password', 'redis-password',
  'redissecret', 'myredis', 'myredispassword', 'redisadmin', 'valkey', 'valkey123', 'valkeypass',
  'valkeypassword', 'valkey_password', 'foobared', 'foobar', 'foo', 'bar', 'baz', 'mypass', 'mypassword',
  'my_password', 'my-password', 'mysecretpassword', 'somepassword', 'yourpassword', 'your_password',
  'your-password', 'yourpasswordhere', 'your_password_here', 'password_here', 'passwordhere',
  'strongpassword', 'strong_password', 'strong-password', 'securepassword', 'secure_password',
  'supersecretpassword', 'secretpassword', 'examplepassword', 'p1pp0', 'ffa9203c493aa99',
  'mysuper--secret-0123passw0rd', 'masterpassword', 'master-password', 'replicapassword', 'sentinelpassword',
  'authpassword', 'requirepass', 'masterauth', 'auth', 'nopass',
];

export const COMMON_PASSWORD_SET: ReadonlySet<string> = new Set(COMMON_PASSWORDS);
