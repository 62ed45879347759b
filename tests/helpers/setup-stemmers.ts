// Every test process can stem Malay and Indonesian, as the app does (the stemmer loads on first use).
import { useMalayStemmer } from '../../electron/services/malay-stemmer';

useMalayStemmer();
