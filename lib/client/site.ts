/*
 * The reader's JavaScript, all of it: one small module, loaded with
 * `<script type="module" src>` by every article page and bundled by
 * scripts/build-client.ts. The pages work without it; it adds the things
 * that need a script. The search dialog's code is a chunk of its own, loaded
 * on the first search (lib/client/search-control.ts). Nothing here may import React, Next or any server code.
 */
import { keepPlace } from '@/lib/client/keep-place';
import { searchControl } from '@/lib/client/search-control';
import { termHints } from '@/lib/client/term-hints';

keepPlace();
termHints();
searchControl();
