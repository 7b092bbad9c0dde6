/*
 * The reader's JavaScript, all of it: one small module, loaded with
 * `<script type="module" src>` by every article page and bundled by
 * scripts/build-client.ts. The pages work without it; it adds the two things
 * that need a script. Nothing here may import React, Next or any server code.
 */
import { keepPlace } from '@/lib/client/keep-place';
import { termHints } from '@/lib/client/term-hints';

keepPlace();
termHints();
